/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.metric → a labelled value and its change; the direction is in words, not only colour and arrows.
import type { sluice } from "../../src/gen/proto.js";
import { Sparkline, type SparkType } from "../sparkline.tsx";

const colors = ["", "sl-good", "sl-bad", "sl-neutral"];

export default function Metric({ el }: { el: sluice.IMetric; id: string }) {
  const arrow = el.direction === 1 ? "▲" : el.direction === 2 ? "▼" : "";
  const word = el.direction === 1 ? "up" : el.direction === 2 ? "down" : "";
  return (
    <div class={el.showBorder ? "sl-metric sl-bordered" : "sl-metric"}>
      <p class="sl-metric-label">{el.label}</p>
      <p class="sl-metric-value">{el.body}</p>
      {el.delta ? (
        <p class={"sl-metric-delta " + (colors[el.color ?? 0] ?? "")}>
          <span aria-hidden="true">{arrow} </span>
          <span class="sl-visually-hidden">{word} </span>
          {el.delta.replace(/^[-+]/, "")}
        </p>
      ) : null}
      {el.chartType && el.chartData?.length ? (
        <Sparkline values={el.chartData.map((v) => (Number.isNaN(v) ? null : v))} type={el.chartType as SparkType} label={`${el.label} trend`} width={160} height={40} />
      ) : null}
      {el.help ? <small class="sl-help">{el.help}</small> : null}
    </div>
  );
}
