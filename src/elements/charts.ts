// st.lineChart, st.areaChart, st.barChart, st.scatterChart: Streamlit's built-in charts, compiled to Vega-Lite
// (src/charts/compile.ts) and written as a vega_lite_chart element with the long-format data.
import type { DeltaGenerator } from "./dg.ts";
import { prepareData } from "../data/index.ts";
import { compileBuiltIn, type BuiltInChart, type BuiltInOptions } from "../charts/compile.ts";
import { writeChart } from "./vega_lite_chart.ts";

export type ChartOptions = Omit<BuiltInOptions, "stack" | "horizontal" | "size"> & { key?: string };
export type AreaChartOptions = ChartOptions & Pick<BuiltInOptions, "stack">;
export type BarChartOptions = ChartOptions & Pick<BuiltInOptions, "stack" | "horizontal">;
export type ScatterChartOptions = ChartOptions & Pick<BuiltInOptions, "size">;

function builtIn(chart: BuiltInChart, dg: DeltaGenerator, data: unknown, options: BuiltInOptions & { key?: string }): void {
  const { spec, columns } = compileBuiltIn(chart, prepareData(data).frame, options);
  writeChart(dg, { spec, data: columns, useContainerWidth: options.useContainerWidth ?? true, theme: "streamlit", key: options.key, chartType: chart });
}

/** `st.lineChart(rows, { x: "day", y: ["users", "orders"] })` */
export function lineChart(dg: DeltaGenerator, data: unknown, options: ChartOptions = {}): void {
  builtIn("line", dg, data, options);
}

/** `st.areaChart(rows, { x: "day", y: "users", stack: "normalize" })` */
export function areaChart(dg: DeltaGenerator, data: unknown, options: AreaChartOptions = {}): void {
  builtIn("area", dg, data, options);
}

/** `st.barChart(totals, { x: "city", y: "total", horizontal: true })` */
export function barChart(dg: DeltaGenerator, data: unknown, options: BarChartOptions = {}): void {
  builtIn("bar", dg, data, options);
}

/** `st.scatterChart(rows, { x: "height", y: "weight", color: "species", size: "age" })` */
export function scatterChart(dg: DeltaGenerator, data: unknown, options: ScatterChartOptions = {}): void {
  builtIn("scatter", dg, data, options);
}
