/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// Inline SVG sparklines (line, bar, area) for metric and chart columns: pure and synchronous, no vega. Each is
// role="img" with a text alternative that states what a sighted reader sees ("7 values, 1 to 9, last 4").
import { formatNumber } from "../src/data/format.ts";

export type SparkType = "line" | "bar" | "area";

/** The text alternative: how many values, their range, and the last one. */
export function describeSeries(values: readonly (number | null)[], locale = "en"): string {
  const nums = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  if (!nums.length) return "No values";
  const f = (n: number) => formatNumber(n, undefined, locale);
  const min = Math.min(...nums), max = Math.max(...nums);
  const range = min === max ? `all ${f(min)}` : `${f(min)} to ${f(max)}`;
  return `${nums.length} value${nums.length === 1 ? "" : "s"}, ${range}, last ${f(nums[nums.length - 1]!)}`;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The SVG geometry for `values` in a `w`×`h` box: a path's `d` (line, area) or bar rectangles. */
export function sparkGeometry(values: readonly (number | null)[], type: SparkType, w: number, h: number, yMin?: number, yMax?: number) {
  const nums = values.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
  const present = nums.filter((v): v is number => v !== null);
  const lo = yMin ?? Math.min(0, ...present), hi = yMax ?? Math.max(...present, lo + 1);
  const span = hi - lo || 1;
  const pad = 1;
  const y = (v: number) => r2(pad + (h - 2 * pad) * (1 - (Math.min(Math.max(v, lo), hi) - lo) / span));
  const n = nums.length;
  if (type === "bar") {
    const bw = w / Math.max(n, 1);
    const base = y(Math.max(lo, Math.min(0, hi)));
    const bars = nums.flatMap((v, i) => (v === null ? [] : [{ x: r2(i * bw + bw * 0.1), y: Math.min(y(v), base), width: r2(bw * 0.8), height: r2(Math.max(Math.abs(base - y(v)), 0.5)) }]));
    return { d: "", bars };
  }
  const x = (i: number) => r2(n <= 1 ? w / 2 : (i * w) / (n - 1));
  let d = "";
  let open = false;
  nums.forEach((v, i) => {
    if (v === null) return void (open = false);
    d += `${open ? "L" : "M"}${x(i)} ${y(v)}`;
    open = true;
  });
  if (type === "area" && present.length) {
    const first = nums.findIndex((v) => v !== null), last = n - 1 - [...nums].reverse().findIndex((v) => v !== null);
    d = `M${x(first)} ${h}` + d.replace(/M/g, "L") + `L${x(last)} ${h}Z`;
  }
  return { d, bars: [] as { x: number; y: number; width: number; height: number }[] };
}

/** `<svg role="img" aria-label="Trend: 7 values, 1 to 9, last 4">`. */
export function Sparkline(props: { values: readonly (number | null)[]; type: SparkType; label?: string; width?: number; height?: number; yMin?: number; yMax?: number }) {
  const w = props.width ?? 100, h = props.height ?? 28;
  const text = (props.label ? props.label + ": " : "") + describeSeries(props.values);
  const g = sparkGeometry(props.values, props.type, w, h, props.yMin, props.yMax);
  return (
    <svg class={"sl-spark sl-spark-" + props.type} role="img" aria-label={text} viewBox={`0 0 ${w} ${h}`} width={w} height={h} preserveAspectRatio="none" focusable="false">
      <title>{text}</title>
      {props.type === "bar"
        ? g.bars.map((b) => <rect x={b.x} y={b.y} width={b.width} height={b.height} />)
        : <path d={g.d} vector-effect="non-scaling-stroke" />}
    </svg>
  );
}
