// Streamlit's built-in charts (line, area, bar, scatter) compiled to a Vega-Lite spec and a long-format frame, as
// Streamlit's built_in_chart_utils does: the index as x when x is absent, several y columns melted into
// "series"/"value" with the series as colour, bars stacked unless told otherwise, horizontal bars with x and y swapped.
import type { Column, ColumnType, Frame } from "../data/types.ts";
import { ChartSpecError } from "../util/errors.ts";

export type BuiltInChart = "line" | "area" | "bar" | "scatter";

export interface BuiltInOptions {
  /** Column for the x axis; the row index when absent. */
  x?: string;
  /** Column or columns for the y axis; every other column when absent. */
  y?: string | readonly string[];
  /** x axis title (default: the x column's name; none for the index). */
  xLabel?: string;
  /** y axis title (default: the y column's name; none for several). */
  yLabel?: string;
  /** A column to colour by, a CSS colour for one series, or one colour per y column. */
  color?: string | readonly string[];
  /** scatter: a column for the point size, or a size in square pixels. */
  size?: string | number;
  /** bar and area: true/"zero" (stacked, the default), false/"layered", "normalize", "center". */
  stack?: boolean | "zero" | "layered" | "normalize" | "center" | null;
  /** bar: bars along the y axis. */
  horizontal?: boolean;
  /** Width in pixels; with useContainerWidth (the default) the chart fills its container instead. */
  width?: number;
  /** Height of the plot in pixels. Default 300. */
  height?: number;
  /** Fill the container's width (default true, as Streamlit). */
  useContainerWidth?: boolean;
}

/** Names of the melted columns when there are several y columns (renamed if the data already has them). */
const SERIES = "series";
const VALUE = "value";
const INDEX = "index";
export const DEFAULT_HEIGHT = 300;
/** Line and area charts carry a (transparent) point per value, for per-value tooltips, up to this many rows. */
export const POINTS_UP_TO = 500;

const isColour = (s: string) => /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\(.*\)|[a-z]+)$/i.test(s.trim());
const freeName = (name: string, taken: Set<string>) => {
  let n = name;
  while (taken.has(n)) n = "_" + n;
  taken.add(n);
  return n;
};

function vlType(t: ColumnType, chart: BuiltInChart, axis: "x" | "y" | "color"): string {
  if (t === "date" || t === "datetime") return "temporal";
  if (t === "integer" || t === "float") return chart === "bar" && axis === "x" ? "ordinal" : "quantitative";
  return "nominal";
}

/** The spec (without data) and the long-format columns of one built-in chart. */
export function compileBuiltIn(chart: BuiltInChart, frame: Frame, o: BuiltInOptions = {}): { spec: Record<string, any>; columns: Record<string, unknown[]> } {
  const byName = new Map(frame.columns.map((c) => [c.name, c]));
  const need = (name: string, what: string): Column => {
    const c = byName.get(name);
    if (!c) throw new ChartSpecError(`${what} "${name}" is not a column of the data (columns: ${[...byName.keys()].join(", ") || "none"}).`);
    return c;
  };
  const colorColumn = typeof o.color === "string" && byName.has(o.color) ? o.color : undefined;
  const sizeColumn = typeof o.size === "string" ? need(o.size, "size").name : undefined;
  if (typeof o.color === "string" && !colorColumn && !isColour(o.color)) {
    throw new ChartSpecError(`color "${o.color}" is neither a column of the data nor a CSS colour.`);
  }
  const xCol = o.x !== undefined ? need(o.x, "x") : undefined;
  const used = new Set([xCol?.name, colorColumn, sizeColumn].filter((n): n is string => !!n));
  const yNames = o.y === undefined ? frame.columns.map((c) => c.name).filter((n) => !used.has(n)) : typeof o.y === "string" ? [o.y] : [...o.y];
  const yCols = yNames.map((n) => need(n, "y"));
  if (yCols.length === 0) throw new ChartSpecError("The chart has no y column: pass `y`, or data with a column besides x.");

  const taken = new Set(frame.columns.map((c) => c.name));
  const xName = xCol?.name ?? freeName(INDEX, taken);
  const xValues = xCol ? xCol.values : Array.from({ length: frame.rowCount }, (_, i) => i);
  const xType = xCol ? vlType(xCol.type, chart, "x") : chart === "bar" ? "ordinal" : "quantitative";
  const melted = yCols.length > 1;
  const seriesName = melted ? freeName(SERIES, taken) : undefined;
  const valueName = melted ? freeName(VALUE, taken) : yCols[0]!.name;

  const columns: Record<string, unknown[]> = { [xName]: [] };
  if (seriesName) columns[seriesName] = [];
  columns[valueName] = [];
  const extra = [colorColumn, sizeColumn].filter((n, i, a): n is string => !!n && a.indexOf(n) === i && n !== xName && n !== valueName);
  for (const n of extra) columns[n] = [];
  for (const y of yCols) {
    for (let i = 0; i < frame.rowCount; i++) {
      columns[xName]!.push(xValues[i] ?? null);
      if (seriesName) columns[seriesName]!.push(y.name);
      columns[valueName]!.push(y.values[i] ?? null);
      for (const n of extra) columns[n]!.push(byName.get(n)!.values[i] ?? null);
    }
  }

  const horizontal = chart === "bar" && o.horizontal === true;
  const x: Record<string, any> = { field: xName, type: xType, title: o.xLabel ?? (xCol ? xName : null) };
  const y: Record<string, any> = { field: valueName, type: "quantitative", title: o.yLabel ?? (melted ? null : valueName) };
  const encoding: Record<string, any> = horizontal ? { x: { ...y }, y: { ...x } } : { x, y };
  const valueAxis = horizontal ? encoding.x : encoding.y;
  const stack = o.stack === undefined || o.stack === null ? (chart === "bar" || chart === "area" ? "zero" : undefined) : o.stack;
  if (chart === "bar" || chart === "area") {
    if (stack === false || stack === "layered") valueAxis.stack = null;
    else valueAxis.stack = stack === true ? "zero" : stack;
  }
  const tooltip: Record<string, any>[] = [{ field: xName, type: xType, title: xCol ? xName : "index" }];
  if (seriesName) {
    encoding.color = { field: seriesName, type: "nominal", title: null };
    if (Array.isArray(o.color)) encoding.color.scale = { domain: yCols.map((c) => c.name), range: [...o.color] };
    tooltip.push({ field: seriesName, type: "nominal", title: "series" });
  } else if (colorColumn) {
    encoding.color = { field: colorColumn, type: vlType(byName.get(colorColumn)!.type, chart, "color"), title: colorColumn };
    tooltip.push({ field: colorColumn, type: encoding.color.type });
  }
  tooltip.push({ field: valueName, type: "quantitative", title: melted ? "value" : valueName });
  if (chart === "bar" && seriesName && (stack === false)) encoding[horizontal ? "yOffset" : "xOffset"] = { field: seriesName };
  if (chart === "scatter" && sizeColumn) {
    encoding.size = { field: sizeColumn, type: "quantitative", title: sizeColumn };
    tooltip.push({ field: sizeColumn, type: "quantitative" });
  }
  encoding.tooltip = tooltip;

  const mark: Record<string, any> = { type: chart === "scatter" ? "circle" : chart, tooltip: true };
  const single = typeof o.color === "string" && !colorColumn ? o.color : undefined;
  if (single) mark.color = single;
  if (chart === "scatter" && typeof o.size === "number") mark.size = o.size;
  if (chart === "area" && (stack === false || stack === "layered")) mark.opacity = 0.6;
  if ((chart === "line" || chart === "area") && frame.rowCount * yCols.length <= POINTS_UP_TO) {
    mark.point = { filled: true, size: 50, opacity: 0 }; // invisible targets whose <title> is the value's tooltip
  }
  const spec: Record<string, any> = { mark, encoding, height: o.height ?? DEFAULT_HEIGHT };
  if (o.width && o.useContainerWidth === false) spec.width = o.width;
  return { spec, columns };
}
