// st.vegaLiteChart: any Vega-Lite spec with its data, as Streamlit's ArrowVegaLiteChart: the spec travels as JSON
// without its data, the data as Arrow IPC bytes (inline `data.values` and top-level `datasets` are moved out too).
// The built-in charts (src/elements/charts.ts) write the same element. The server renders it to SVG.
import type { DeltaGenerator } from "./dg.ts";
import { prepareData } from "../data/index.ts";
import { checkSpecSafe } from "../charts/safety.ts";
import { ChartSpecError } from "../util/errors.ts";

export interface VegaLiteChartOptions {
  /** Width in pixels (with useContainerWidth: false). */
  width?: number;
  /** Height of the plot in pixels. */
  height?: number;
  /** Fill the container's width. Default: true unless the spec sets a width in pixels. */
  useContainerWidth?: boolean;
  /** "streamlit" (default): series colours from the app's theme, light and dark; null: Vega-Lite's own colours. */
  theme?: "streamlit" | null;
  key?: string;
}

const SPEC_KEYS = ["mark", "layer", "concat", "hconcat", "vconcat", "facet", "repeat", "encoding", "$schema"];
const looksLikeSpec = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) && SPEC_KEYS.some((k) => k in v);

/** What the element carries, from a spec (object or JSON) and its data. */
export interface ChartElement {
  spec: Record<string, any>;
  data: unknown;
  datasets?: Record<string, unknown>;
  useContainerWidth: boolean;
  theme: string;
  key?: string;
  chartType?: string;
}

/** Writes a vega_lite_chart element: the data to Arrow bytes, the spec checked (no URL loads, no links) and as JSON. */
export function writeChart(dg: DeltaGenerator, c: ChartElement): void {
  checkSpecSafe(c.spec);
  const hasData = c.data !== null && c.data !== undefined;
  dg.writeElement({
    vegaLiteChart: {
      spec: JSON.stringify(c.spec),
      data: hasData ? prepareData(c.data).bytes : new Uint8Array(0),
      datasets: Object.entries(c.datasets ?? {}).map(([name, d]) => ({ name, data: prepareData(d).bytes })),
      useContainerWidth: c.useContainerWidth,
      theme: c.theme,
      key: c.key ?? "",
      chartType: c.chartType ?? "",
    },
  });
}

/**
 * `st.vegaLiteChart(rows, { mark: "point", encoding: { x: { field: "a", type: "quantitative" }, … } })`, or
 * `st.vegaLiteChart(spec)` with the data inline (`data: { values }`) or in `datasets`.
 */
export function vegaLiteChart(dg: DeltaGenerator, data: unknown, spec?: Record<string, any> | string, options: VegaLiteChartOptions = {}): void {
  if (spec === undefined && looksLikeSpec(data)) [data, spec] = [null, data as Record<string, any>];
  let parsed: Record<string, any>;
  try {
    parsed = typeof spec === "string" ? JSON.parse(spec) : { ...(spec ?? {}) };
  } catch (error) {
    throw new ChartSpecError(`The Vega-Lite spec is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ChartSpecError("The Vega-Lite spec must be an object.");
  if ((data === null || data === undefined) && Array.isArray(parsed.data?.values)) {
    data = parsed.data.values; // inline values travel as Arrow bytes like any other data
    const { values: _values, ...rest } = parsed.data;
    if (Object.keys(rest).length) parsed.data = rest;
    else delete parsed.data;
  }
  let datasets: Record<string, unknown> | undefined;
  if (parsed.datasets && typeof parsed.datasets === "object") {
    datasets = parsed.datasets;
    delete parsed.datasets;
  }
  const useContainerWidth = options.useContainerWidth ?? typeof parsed.width !== "number";
  if (options.width !== undefined && !useContainerWidth) parsed.width = options.width;
  if (options.height !== undefined) parsed.height = options.height;
  writeChart(dg, { spec: parsed, data, datasets, useContainerWidth, theme: options.theme === null ? "" : "streamlit", key: options.key });
}
