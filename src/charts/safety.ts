// What a chart spec may not do: load anything (data.url, image marks) or link anywhere (href). The server never
// fetches what a spec names, and a link in the SVG could carry a javascript: URL; such a spec is refused with a
// ChartSpecError that says what to do instead. (The renderer's loader refuses every load as well: src/charts/render.ts.)
import { ChartSpecError } from "../util/errors.ts";

const SKIP = new Set(["usermeta", "$schema", "description", "title"]);

/** Throws ChartSpecError for the first thing in `spec` that would load a URL or make a link. */
export function checkSpecSafe(spec: unknown, path = "spec"): void {
  if (Array.isArray(spec)) {
    spec.forEach((v, i) => checkSpecSafe(v, `${path}[${i}]`));
    return;
  }
  if (typeof spec !== "object" || spec === null) return;
  for (const [k, v] of Object.entries(spec as Record<string, unknown>)) {
    if (SKIP.has(k)) continue;
    const at = `${path}.${k}`;
    if (k === "url") {
      throw new ChartSpecError(
        `${at}: charts cannot load from a URL (the server never fetches what a spec names). ` +
          "Load the data in the app and pass it as st.vegaLiteChart(data, spec).",
      );
    }
    if (k === "href") throw new ChartSpecError(`${at}: links (href) are not allowed in charts.`);
    if (k === "mark" && (v === "image" || (typeof v === "object" && (v as { type?: unknown })?.type === "image"))) {
      throw new ChartSpecError(`${at}: image marks load URLs and are not supported in server-rendered charts.`);
    }
    checkSpecSafe(v, at);
  }
}
