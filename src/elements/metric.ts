// st.metric: a labelled value with an optional change, coloured by direction.
import type { DeltaGenerator } from "./dg.ts";

export interface MetricOptions {
  delta?: number | string | null;
  /** "normal" (up is good), "inverse" (up is bad) or "off" (grey). Default "normal". */
  deltaColor?: "normal" | "inverse" | "off";
  help?: string;
  border?: boolean;
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
  dg.writeElement({
    metric: {
      label: String(label),
      body: value === null || value === undefined ? "—" : String(value),
      delta: deltaText,
      direction,
      color,
      help: options.help ?? "",
      showBorder: !!options.border,
    },
  });
}
