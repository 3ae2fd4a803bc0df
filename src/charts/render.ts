// A Vega-Lite spec and its rows → SVG, with vega, vega-lite and vega-interpreter: no eval or new Function (a strict
// CSP and Workers hold), no loads (the loader refuses every URL and file), colours from the theme's placeholders.
import * as vega from "vega";
import * as vl from "vega-lite";
import { expressionInterpreter } from "vega-interpreter";
import { ChartSpecError } from "../util/errors.ts";
import { checkSpecSafe } from "./safety.ts";
import { finishSvg } from "./svg.ts";
import { deepMerge, themeConfig } from "./theme.ts";

// vega-lite installs Set.prototype.toJSON when it loads (its spec hashing relies on it), which would change how
// every Set in the process serialises (st.json, session state). Take it off again and lend it to compile() only,
// which is synchronous: nothing else runs while it is on.
const setToJson = Object.getOwnPropertyDescriptor(Set.prototype, "toJSON");
if (setToJson) delete (Set.prototype as { toJSON?: unknown }).toJSON;

function compileVegaLite(spec: Record<string, any>): vega.Spec {
  if (setToJson) Object.defineProperty(Set.prototype, "toJSON", setToJson);
  try {
    return vl.compile(spec as vl.TopLevelSpec).spec;
  } finally {
    if (setToJson) delete (Set.prototype as { toJSON?: unknown }).toJSON;
  }
}

/** Width in pixels a chart that fills its container is drawn at; the SVG then scales to the container. */
export const CONTAINER_WIDTH = 640;

export type Rows = Record<string, unknown>[];

export interface ChartInput {
  /** The Vega-Lite spec without its data. */
  spec: Record<string, any>;
  /** The unnamed dataset, or null. */
  data: Rows | null;
  /** Named datasets. */
  datasets: Record<string, Rows>;
  /** "streamlit" or "". */
  theme: string;
  useContainerWidth: boolean;
}

const refuse = () => Promise.reject(new ChartSpecError("Charts cannot load URLs or files."));
/** The loader every chart view gets: it refuses every URL and file (defence in depth behind checkSpecSafe). */
export const refusingLoader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;

/** Dates become epoch milliseconds (what vega's temporal scales read). */
const tidy = (rows: Rows): Rows =>
  rows.map((r) => {
    let out: Record<string, unknown> | undefined;
    for (const [k, v] of Object.entries(r)) if (v instanceof Date) (out ??= { ...r })[k] = v.getTime();
    return out ?? r;
  });

/** The full spec that is compiled: data put back, the theme's config under the spec's own, the width settled. */
export function fullSpec(input: ChartInput): Record<string, any> {
  const spec: Record<string, any> = { ...input.spec, config: deepMerge(themeConfig(input.theme), input.spec.config) };
  if (input.data) spec.data = { ...(spec.data ?? {}), values: tidy(input.data) };
  const names = Object.keys(input.datasets);
  if (names.length) spec.datasets = Object.fromEntries(names.map((n) => [n, tidy(input.datasets[n]!)]));
  const single = "mark" in spec || "layer" in spec;
  if (single && (spec.width === undefined || spec.width === "container") && input.useContainerWidth) {
    spec.width = CONTAINER_WIDTH;
    spec.autosize ??= { type: "fit-x", contains: "padding" };
  } else if (spec.width === "container") spec.width = CONTAINER_WIDTH;
  if (spec.height === "container") spec.height = 300;
  return spec;
}

/** Renders a chart to SVG ready for the page. Rejects with ChartSpecError for a spec that cannot be drawn. */
export async function renderChartSvg(input: ChartInput): Promise<string> {
  checkSpecSafe(input.spec); // the spec, not the data put into it: a column may be called "url"
  const spec = fullSpec(input);
  let runtime: vega.Runtime;
  try {
    runtime = vega.parse(compileVegaLite(spec), undefined, { ast: true });
  } catch (error) {
    throw new ChartSpecError(`The Vega-Lite spec cannot be compiled: ${error instanceof Error ? error.message : String(error)}`);
  }
  const view = new vega.View(runtime, { renderer: "none", expr: expressionInterpreter, loader: refusingLoader, logLevel: vega.None } as vega.ViewOptions);
  try {
    return finishSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}
