// st.graphvizChart: takes a DOT string (or an object with a DOT `.source`, as Python's graphviz objects have) and
// writes a `graphviz_chart` element. Layout, drawing and errors in the DOT are the template's (src/geo/graphviz.ts).
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface GraphvizChartOptions {
  /** Stretch the drawing to the container's width. Default false: its natural size, shrunk to fit narrower screens. */
  useContainerWidth?: boolean;
}

/** The DOT text of a string or of an object with a string `.source`. */
export function dotSource(figureOrDot: unknown): string {
  if (typeof figureOrDot === "string") return figureOrDot;
  const source = (figureOrDot as { source?: unknown } | null)?.source;
  if (typeof source === "string") return source;
  throw new SluiceAPIError(
    `st.graphvizChart takes a DOT string, e.g. "digraph { a -> b }", or an object with a \`source\` string; got ${
      figureOrDot === null ? "null" : typeof figureOrDot
    }.`,
  );
}

/** `st.graphvizChart("digraph { rankdir=LR; load -> clean -> chart }")` */
export function graphvizChart(dg: DeltaGenerator, figureOrDot: string | { source: string }, options: GraphvizChartOptions = {}): void {
  dg.writeElement({ graphvizChart: { spec: dotSource(figureOrDot), useContainerWidth: !!options.useContainerWidth } });
}
