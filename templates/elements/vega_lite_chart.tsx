/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// A chart: the SVG its preparer rendered (templates/prepare.ts) as one role="img" named by the chart's title or a
// generated description, and its data as a table in a "Show data" disclosure. A chart that could not be drawn shows
// the error in place; one missing from the cache (evicted) says so and still offers its data.
import { raw } from "hono/html";
import type { sluice } from "../../src/gen/proto.js";
import { frameOf, rows } from "../../src/data/index.ts";
import type { Frame } from "../../src/data/types.ts";
import { describeChart } from "../../src/charts/describe.ts";
import { chartKey } from "../../src/charts/key.ts";
import { prepareOnce, preparerError, readPrepared } from "../prepare.ts";
import { ChartTable } from "./chart-table.tsx";

const specOf = (el: sluice.IVegaLiteChart): Record<string, any> => {
  try {
    const s = JSON.parse(el.spec || "{}");
    return typeof s === "object" && s !== null ? s : {};
  } catch {
    return {};
  }
};
const frameOrNull = (bytes: Uint8Array | null | undefined): Frame | null => (bytes && bytes.length ? frameOf(bytes) : null);

/** Renders the chart's SVG into the shared cache (once per key, across sessions). */
export function prepareChart(el: sluice.IVegaLiteChart): Promise<void> | null {
  return prepareOnce(chartKey(el), async () => {
    const data = frameOrNull(el.data);
    const datasets = Object.fromEntries((el.datasets ?? []).map((d) => [d.name ?? "", rows(frameOf(d.data!))]));
    const { renderChartSvg } = await import("../../src/charts/render.ts"); // vega loads on the first chart, not at startup
    return renderChartSvg({ spec: specOf(el), data: data && rows(data), datasets, theme: el.theme ?? "", useContainerWidth: !!el.useContainerWidth });
  });
}

export default function VegaLiteChart({ el, id }: { el: sluice.IVegaLiteChart; id: string }) {
  const spec = specOf(el);
  const frame = frameOrNull(el.data);
  const name = describeChart(spec, frame, el.chartType ?? "");
  const prepared = readPrepared(chartKey(el));
  const failure = preparerError(el) ?? (prepared && !prepared.ok ? prepared.error : undefined);
  // A fixed-width chart is drawn no wider than it was rendered (its viewBox), and narrower on a small screen.
  const drawn = prepared?.ok && !el.useContainerWidth ? /viewBox="0 0 ([\d.]+) /.exec(prepared.value)?.[1] : undefined;
  const fixed = drawn ? `max-width: ${Math.ceil(Number(drawn))}px` : undefined;
  const tables: [string, Frame][] = frame ? [[name, frame]] : (el.datasets ?? []).map((d) => [`${name} (${d.name})`, frameOf(d.data!)]);
  return (
    <figure class="sl-chart" style={fixed}>
      {prepared?.ok ? (
        <div class="sl-chart-svg" role="img" aria-label={name}>
          {raw(prepared.value)}
        </div>
      ) : failure !== undefined ? (
        <div class="sl-alert sl-alert-error" role="alert">
          <p>
            <strong>This chart could not be drawn:</strong> {failure}
          </p>
        </div>
      ) : (
        <p class="sl-chart-unavailable">Chart unavailable: {name}. Its data is below.</p>
      )}
      {tables.map(([n, f], i) => (
        <ChartTable frame={f} name={n} id={`${id}-data${i}`} />
      ))}
    </figure>
  );
}
