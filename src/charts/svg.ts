// Vega's SVG made ready for the page: placeholder colours become CSS variables (one SVG for both themes), each mark
// item's description becomes a native tooltip (<title>), vega's own ARIA (the chart as a whole is one role="img",
// see templates/elements/vega_lite_chart.tsx) is dropped, and the fixed size gives way to the viewBox so the chart
// scales to its container.
import { TOKEN_VARS } from "./theme.ts";

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
const ATTR = /\s+([\w:-]+)="([^"]*)"/g;
/** Marks drawn as one shape for many values: vega describes only their first value, which would mislead as a tooltip. */
const WHOLE = new Set(["line mark", "area mark", "trail mark"]);
const DROP = new Set(["role", "aria-roledescription", "aria-label", "aria-hidden"]);

/** Rewrites one SVG string from vega's renderer (attribute values are already escaped by vega). */
export function finishSvg(svg: string): string {
  let root = true;
  return svg.replace(TAG, (_whole, name: string, attrs: string, selfClosing: string) => {
    const kept: string[] = [];
    const style: string[] = [];
    let label: string | undefined;
    let symbol = false;
    let whole = false;
    for (const m of attrs.matchAll(ATTR)) {
      const [, k, v] = m as unknown as [string, string, string];
      if ((k === "fill" || k === "stroke") && TOKEN_VARS[v.toLowerCase()]) {
        style.push(`${k}:${TOKEN_VARS[v.toLowerCase()]}`);
        continue;
      }
      if (k === "style") {
        style.unshift(v);
        continue;
      }
      if (k === "aria-label") label = v;
      if (k === "role" && v === "graphics-symbol") symbol = true;
      if (k === "aria-roledescription" && WHOLE.has(v)) whole = true;
      if (DROP.has(k)) continue;
      if (root && name === "svg" && (k === "width" || k === "height")) continue;
      kept.push(` ${k}="${v}"`);
    }
    if (root && name === "svg") {
      root = false;
      kept.push(' focusable="false"', ' aria-hidden="true"'); // the wrapper names the chart; the SVG is its picture
    }
    if (style.length) kept.push(` style="${style.join(";")}"`);
    const open = `<${name}${kept.join("")}`;
    // A mark item (a bar, a point) with vega's description of its datum: the same text as a hover tooltip.
    if (symbol && !whole && label && selfClosing) return `${open}><title>${label}</title></${name}>`;
    return `${open}${selfClosing ? "/" : ""}>`;
  });
}
