// st.graphvizChart's renderer: DOT → sanitised SVG, an accessible name and a text alternative, with @viz-js/viz
// (Graphviz compiled to wasm). The instance is created once per process, lazily, by loadViz(); rendering is sync.
import type { Viz } from "@viz-js/viz";
import { sanitizeSvg } from "./svg-sanitize.ts";
import { escapeXml } from "./map-svg.ts";

let loading: Promise<Viz> | undefined;
let loaded: Viz | undefined;

/** The Graphviz instance: the wasm module is compiled on the first call only (about 60 ms on this machine). */
export function loadViz(): Promise<Viz> {
  loading ??= import("@viz-js/viz").then(async (m) => (loaded = await m.instance()));
  return loading;
}

/** The instance if loadViz() has finished, else undefined. */
export function vizIfLoaded(): Viz | undefined {
  return loaded;
}

export interface GraphNode {
  name: string;
  label: string;
  href?: string;
}
export interface GraphEdge {
  from: string;
  to: string;
  label: string;
}
/** A rendered graph, or the reason Graphviz gave for not rendering it. */
export type GraphResult =
  | { ok: true; svg: string; name: string; directed: boolean; nodes: GraphNode[]; edges: GraphEdge[]; width: number }
  | { ok: false; error: string };

interface JsonObject {
  _gvid: number;
  name: string;
  label?: string;
  URL?: string;
  href?: string;
  nodes?: number[];
}
interface JsonGraph {
  name: string;
  directed: boolean;
  label?: string;
  _subgraph_cnt?: number;
  objects?: JsonObject[];
  edges?: { tail: number; head: number; label?: string }[];
}

/** A Graphviz label as plain text: escapes (\N, \G, \n, \l, \r) resolved, HTML-like markup removed. */
export function labelText(label: string | undefined, names: { node?: string; graph?: string }): string {
  if (!label) return "";
  const text = label
    .replace(/\\N/g, names.node ?? "")
    .replace(/\\G/g, names.graph ?? "")
    .replace(/\\[nlr]/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return text;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const anonymous = (name: string) => /^%\d+$/.test(name);

/** The accessible name: the graph's label, else "Graph with 5 nodes and 4 edges". */
export function graphName(label: string, nodes: number, edges: number): string {
  return label || `Graph with ${plural(nodes, "node")} and ${plural(edges, "edge")}`;
}

/** Renders DOT. Invalid DOT is not an exception: it is `{ ok: false, error }` naming the line. */
export function renderDot(viz: Viz, dot: string): GraphResult {
  const fontname = "Helvetica,Arial,sans-serif";
  const result = viz.renderFormats(dot, ["svg", "json"], {
    graphAttributes: { fontname },
    nodeAttributes: { fontname },
    edgeAttributes: { fontname },
  });
  if (result.status !== "success") {
    const messages = result.errors.filter((e) => e.level === "error").map((e) => e.message.trim());
    return { ok: false, error: messages.join("; ") || "Graphviz could not lay out this graph." };
  }
  const graph = JSON.parse(result.output.json!) as JsonGraph;
  const objects = graph.objects ?? [];
  const byId = new Map(objects.map((o) => [o._gvid, o]));
  const nodeObjects = objects.slice(graph._subgraph_cnt ?? 0);
  const graphLabel = labelText(graph.label, { graph: anonymous(graph.name) ? "" : graph.name });
  const nodes: GraphNode[] = nodeObjects.map((o) => {
    const label = labelText(o.label, { node: o.name, graph: graph.name }) || o.name;
    const href = o.URL ?? o.href;
    return href && /^(https?:|mailto:)/i.test(href) ? { name: o.name, label, href } : { name: o.name, label };
  });
  const edges: GraphEdge[] = (graph.edges ?? []).map((e) => ({
    from: byId.get(e.tail)?.name ?? "",
    to: byId.get(e.head)?.name ?? "",
    label: labelText(e.label, {}),
  }));
  const name = graphName(graphLabel, nodes.length, edges.length);
  const points = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+)/.exec(result.output.svg!)?.[1];
  const width = Math.round((Number(points) || 0) * (4 / 3)); // Graphviz's size is in points
  const clean = sanitizeSvg(result.output.svg!)
    // The drawing scales to its container through its viewBox; Graphviz's fixed size in points would not reflow.
    .replace(/^<svg([^>]*?) width="[^"]*" height="[^"]*"/, "<svg$1")
    .replace(/^<svg/, `<svg class="sl-graphviz-svg" role="img" aria-label="${escapeXml(name)}"`)
    // An image holds no links (axe: nested-interactive): a node's URL is a real link in the text alternative.
    .replace(/<a\b[^>]*?(\/?)>/g, "<g$1>")
    .replace(/<\/a>/g, "</g>");
  return { ok: true, svg: clean, name, directed: graph.directed, nodes, edges, width };
}
