// A chart's accessible name: its title, or a description generated from its spec and data, e.g. "Line chart of sales
// by day, 30 points, 0 to 100" or "Bar chart of users and orders by city, 2 series, 10 bars, 3 to 812".
import type { Frame } from "../data/types.ts";
import { formatCell } from "../data/format.ts";

const KINDS: Record<string, string> = {
  line: "Line chart", area: "Area chart", bar: "Bar chart", scatter: "Scatter chart", point: "Scatter chart",
  circle: "Scatter chart", square: "Scatter chart", tick: "Tick chart", rect: "Heat map", arc: "Pie chart",
  rule: "Rule chart", text: "Text chart", trail: "Line chart", boxplot: "Box plot", errorbar: "Error bar chart",
};

const markType = (spec: any): string | undefined =>
  typeof spec?.mark === "string" ? spec.mark : spec?.mark?.type ?? (Array.isArray(spec?.layer) ? markType(spec.layer[0]) : undefined);

const titleOf = (spec: any): string | undefined => {
  const t = spec?.title;
  const text = typeof t === "string" ? t : Array.isArray(t) ? t.join(" ") : typeof t?.text === "string" ? t.text : Array.isArray(t?.text) ? t.text.join(" ") : undefined;
  return text?.trim() || undefined;
};

const fieldOf = (enc: any): string | undefined => (typeof enc?.field === "string" ? enc.field : undefined);
const list = (names: readonly string[]) => (names.length <= 1 ? names.join("") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1]);

/**
 * The accessible name of a chart. `chartType` is the built-in command's ("line", "bar"…) or "" for a spec;
 * `frame` its unnamed data (long format for the built-in charts).
 */
export function describeChart(spec: any, frame: Frame | null, chartType = ""): string {
  const title = titleOf(spec);
  if (title) return title;
  const mark = chartType || markType(spec) || "";
  const kind = KINDS[mark] ?? "Chart";
  const enc = spec?.encoding ?? (Array.isArray(spec?.layer) ? spec.layer[0]?.encoding : undefined) ?? {};
  const horizontal = mark === "bar" && enc.x?.type === "quantitative" && enc.y?.type !== "quantitative";
  const valueEnc = horizontal ? enc.x : enc.y;
  const keyEnc = horizontal ? enc.y : enc.x;
  const valueField = fieldOf(valueEnc);
  const colorField = fieldOf(enc.color);
  const column = (name: string | undefined) => (name && frame ? frame.columns.find((c) => c.name === name) : undefined);
  // Several y columns melted into series: name the series (the built-in charts' colour field has no title).
  const series = colorField && enc.color?.title === null ? [...new Set(column(colorField)?.values.map(String) ?? [])] : [];
  const what = series.length ? list(series) : valueEnc?.title || valueField;
  const by = keyEnc?.title || fieldOf(keyEnc);
  let text = kind + (what ? ` of ${what}` : "") + (by ? ` by ${by}` : "");
  if (series.length > 1) text += `, ${series.length} series`;
  if (frame) {
    text += `, ${frame.rowCount} ${mark === "bar" ? (frame.rowCount === 1 ? "bar" : "bars") : frame.rowCount === 1 ? "point" : "points"}`;
    const values = column(valueField);
    const nums = values?.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)) ?? [];
    if (nums.length) {
      const lo = nums.reduce((a, b) => (b < a ? b : a));
      const hi = nums.reduce((a, b) => (b > a ? b : a));
      text += `, ${formatCell(lo, values!.type)} to ${formatCell(hi, values!.type)}`;
    }
  }
  return text;
}
