/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.graphvizChart → the graph's sanitised SVG (role="img", named by its label or its size) on a light card in both
// themes (Graphviz's colours are the author's: black on white unless the DOT says otherwise), and the nodes and edges
// as text. Laid out asynchronously (the wasm loads lazily) and cached by DOT; invalid DOT is an error in place.
import { raw } from "hono/html";
import type { sluice } from "../../src/gen/proto.js";
import { loadViz, renderDot, vizIfLoaded } from "../../src/geo/graphviz.ts";
import type { Viz } from "@viz-js/viz";
import { hashString } from "../../src/util/hash.ts";
import { elementPreparers, prepareOnce, readPrepared, preparerError } from "../prepare.ts";
import { ChartError, Summary } from "../geo-parts.tsx";
import { toHtml } from "../to-html.ts";

/** A DOT the template could not lay out: Graphviz's message (it names the line). */
export class DotError extends Error {
  override name = "DotError";
}

/** The figure as HTML (what the cache holds); throws DotError for DOT Graphviz cannot read. */
export function graphvizHtml(el: sluice.IGraphvizChart, viz: Viz): string {
  const g = renderDot(viz, el.spec ?? "");
  if (!g.ok) throw new DotError(g.error);
  const style = el.useContainerWidth || !g.width ? undefined : `max-width:${g.width}px`;
  const arrow = g.directed ? " → " : " — ";
  return toHtml(
    <figure class={el.useContainerWidth ? "sl-graphviz sl-graphviz-wide" : "sl-graphviz"} style={style}>
      <div class="sl-graphviz-card">{raw(g.svg)}</div>
      <details class="sl-chart-data">
        <Summary text="Show as text" name={g.name} />
        <div class="sl-graph-text">
          <p>{g.name}.</p>
          <p>Nodes ({g.nodes.length}):</p>
          <ul>
            {g.nodes.map((n) => (
              <li>{n.href ? <a href={n.href}>{n.label}</a> : n.label}{n.label !== n.name ? ` (${n.name})` : ""}</li>
            ))}
          </ul>
          <p>Edges ({g.edges.length}):</p>
          <ul>
            {g.edges.map((e) => (
              <li>{e.from + arrow + e.to}{e.label ? `: ${e.label}` : ""}</li>
            ))}
          </ul>
        </div>
      </details>
    </figure>,
  );
}

export const graphvizKey = (el: sluice.IGraphvizChart) => `graphviz:${hashString(el.spec ?? "")}:${el.useContainerWidth ? 1 : 0}`;

elementPreparers.graphvizChart = (el: sluice.IGraphvizChart) =>
  prepareOnce(graphvizKey(el), async () => graphvizHtml(el, await loadViz()));

function Failed({ el, message }: { el: sluice.IGraphvizChart; message: string }) {
  return (
    <ChartError what="Graphviz could not draw this graph" message={message}>
      <details>
        <summary>Show the DOT source</summary>
        <pre class="sl-dot-source" tabindex={0}><code>{el.spec}</code></pre>
      </details>
    </ChartError>
  );
}

export default function GraphvizChart({ el }: { el: sluice.IGraphvizChart; id: string }) {
  const prepared = readPrepared(graphvizKey(el));
  if (prepared?.ok) return raw(prepared.value);
  const error = prepared?.error ?? preparerError(el);
  if (error) return <Failed el={el} message={error} />;
  const viz = vizIfLoaded();
  if (!viz) return <Failed el={el} message="Graphviz is not loaded" />;
  try {
    return raw(graphvizHtml(el, viz)); // evicted from the cache: lay it out again here
  } catch (e) {
    return <Failed el={el} message={(e as Error).message} />;
  }
}
