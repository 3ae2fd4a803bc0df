// st.graphvizChart: DOT laid out by Graphviz (wasm) on the server, drawn as SVG with a name and the nodes and edges
// as text. A checkbox switches to a graph with an error in it: the error shows in place and the app goes on.
import type { St } from "../src/index.ts";

const pipeline = `digraph pipeline {
  label="Data pipeline";
  rankdir=LR;
  node [shape=box, style="rounded,filled", fillcolor="#e8f0fe"];
  load -> clean -> join -> chart;
  lookup -> join [label="by id"];
  docs [label="Read the docs", URL="https://streamlit.io"];
  chart -> docs;
}`;

export default function graphviz(st: St) {
  st.title("Graphviz");
  st.graphvizChart(pipeline);
  st.graphvizChart({ source: "graph { a -- b -- c; b -- d }" }, { useContainerWidth: false });
  if (st.checkbox("Show a graph with a mistake in it")) st.graphvizChart("digraph {\n  a -> b\n  b -> ;\n}");
  st.write("The app keeps working below a broken graph.");
}
