// st.metric: a labelled value with an optional change, coloured by direction.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface MetricOptions {
  delta?: number | string | null;
  /** "normal" (up is good), "inverse" (up is bad) or "off" (grey). Default "normal". */
  deltaColor?: "normal" | "inverse" | "off";
  help?: string;
  border?: boolean;
  /** Values for a sparkline under the value (nulls are gaps). */
  chartData?: readonly (number | null)[] | null;
  /** "line" (default), "bar" or "area". */
  chartType?: "line" | "bar" | "area";
}

/** `st.metric("Users", 1200, { delta: 40 })` */
export function metric(dg: DeltaGenerator, label: string, value: unknown, options: MetricOptions = {}): void {
  const d = options.delta;
  const deltaText = d === undefined || d === null || d === "" ? "" : String(d);
  const negative = typeof d === "number" ? d < 0 : deltaText.trim().startsWith("-");
  const direction = deltaText === "" ? 0 : negative ? 2 : 1;
  const mode = options.deltaColor ?? "normal";
  const good = mode === "inverse" ? negative : !negative;
  const color = deltaText === "" ? 0 : mode === "off" ? 3 : good ? 1 : 2;
  const chartType = options.chartType ?? "line";
  if (!["line", "bar", "area"].includes(chartType)) throw new SluiceAPIError(`\`st.metric\` chartType "${chartType}" must be "line", "bar" or "area".`);
  const chartData = (options.chartData ?? []).map((v) => (v === null || v === undefined ? NaN : Number(v)));
  dg.writeElement({
    metric: {
      label: String(label),
      body: value === null || value === undefined ? "—" : String(value),
      delta: deltaText,
      direction,
      color,
      help: options.help ?? "",
      showBorder: !!options.border,
      chartData,
      chartType: chartData.length ? chartType : "",
    },
  });
}
