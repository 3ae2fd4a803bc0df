// st.graphvizChart: DOT or an object with `.source`, AppTest's at.graphvizChart, and the template through the
// prepare hook: a named SVG on its card with the graph as text; invalid DOT is an error in place.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { parse } from "../helpers.ts";
import GraphvizChart, { graphvizKey } from "../../../templates/elements/graphviz_chart.tsx";
import { clearPrepared, elementPreparers, readPrepared } from "../../../templates/prepare.ts";

const render = async (el: unknown) => {
  await elementPreparers.graphvizChart!(el);
  return parse(String(GraphvizChart({ el: el as never, id: "sl-0-0" })));
};

test("DOT strings and objects with .source; at.graphvizChart gives the source", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.graphvizChart("digraph { a -> b }");
    st.graphvizChart({ source: "graph { x -- y }" }, { useContainerWidth: true });
  }).run();
  assert.equal(at.graphvizChart.map((g) => g.value), ["digraph { a -> b }", "graph { x -- y }"]);
  assert.equal(at.graphvizChart.map((g) => g.proto.useContainerWidth), [false, true]);
});

test("anything else is an error in place naming what it takes", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.graphvizChart(42 as never);
  }).run();
  assert.match(at.exception[0]!.value, /takes a DOT string.*got number/);
});

test("the template: named SVG on a card, the nodes and edges as text, a safe link as a real link", async () => {
  clearPrepared();
  const at = await AppTest.fromFunction((st) =>
    st.graphvizChart('digraph { a -> b [label="go"]; b -> c; c [label="Docs", URL="https://example.com"]; d [URL="javascript:alert(1)"] }'),
  ).run();
  const el = at.graphvizChart[0]!.proto;
  const root = await render(el);
  assert.ok(readPrepared(graphvizKey(el))?.ok);
  const svg = root.querySelector(".sl-graphviz-card > svg[role=img]")!;
  assert.is(svg.getAttribute("aria-label"), "Graph with 4 nodes and 2 edges");
  const details = root.querySelector("details")!;
  assert.is(details.querySelector("summary")!.textContent, "Show as text: Graph with 4 nodes and 2 edges");
  const lists = [...details.querySelectorAll("ul")].map((ul) => [...ul.querySelectorAll("li")].map((li) => li.textContent));
  assert.equal(lists, [["a", "b", "Docs (c)", "d"], ["a → b: go", "b → c"]]);
  assert.equal([...details.querySelectorAll("a")].map((a) => a.getAttribute("href")), ["https://example.com"]);
  assert.match(root.querySelector("figure")!.getAttribute("style")!, /^max-width:\d+px$/);
  assert.not.ok(String(root.innerHTML).includes("javascript:"));
});

test("invalid DOT: the error with its line in place, with the source; a later valid graph renders", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.graphvizChart("digraph {\n  a -> b\n  b -> ;\n}");
    st.graphvizChart("digraph { ok }");
  }).run();
  const bad = await render(at.graphvizChart[0]!.proto);
  assert.match(bad.querySelector(".sl-error-message")!.textContent!, /Graphviz could not draw this graph: syntax error in line 3 near ';'/);
  assert.match(bad.querySelector("pre code")!.textContent!, /b -> ;/);
  const good = await render(at.graphvizChart[1]!.proto);
  assert.ok(good.querySelector("svg[role=img]"));
});

test("evicted from the cache, the template lays the graph out again", async () => {
  const at = await AppTest.fromFunction((st) => st.graphvizChart("digraph { label=\"Evicted\"; p -> q }")).run();
  const el = at.graphvizChart[0]!.proto;
  await render(el);
  clearPrepared();
  const root = parse(String(GraphvizChart({ el, id: "x" })));
  assert.is(root.querySelector("svg")!.getAttribute("aria-label"), "Evicted");
});

test.run();
