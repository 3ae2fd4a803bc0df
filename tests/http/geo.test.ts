// A page with a map and a graph over HTTP: the first page already holds both drawings (prepared before it is
// sent), a rerun that changes the map re-sends only the map, and a graph with invalid DOT is an error in place
// while the session goes on answering.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/elements/index.ts";
import { clearPrepared } from "../../templates/prepare.ts";
import { httpTest, openPage, parseSse, rerun, swapsOf } from "./harness.ts";

const app = (st: St) => {
  const zoom = st.slider("Zoom", { minValue: 0, maxValue: 8, value: 4 });
  st.map([{ lat: 48.8566, lon: 2.3522, name: "Paris" }, { lat: 45.764, lon: 4.8357, name: "Lyon" }], { zoom });
  st.graphvizChart('digraph { label="Flow"; load -> chart }');
  if (st.checkbox("Broken graph")) st.graphvizChart("digraph {\n a -> \n}");
  st.text("end");
};
const options = () => ({ app });

httpTest("the page holds the map and the graph, drawn, named and with their text alternatives", options, async (c) => {
  clearPrepared();
  const page = await openPage(c);
  const map = page.doc.querySelector(".sl-el-map")!;
  assert.match(map.querySelector("svg[role=img]")!.getAttribute("aria-label")!, /^Map of 2 points in France/);
  assert.is(map.querySelectorAll("circle").length, 2);
  assert.is(map.querySelectorAll("details table tbody tr").length, 2);
  const graph = page.doc.querySelector(".sl-el-graphvizChart")!;
  assert.is(graph.querySelector("svg[role=img]")!.getAttribute("aria-label"), "Flow");
  assert.equal([...graph.querySelectorAll("details li")].map((li) => li.textContent), ["load", "chart", "load → chart"]);
  assert.not.ok(page.doc.querySelector(".sl-chart-error"));
});

httpTest("changing the zoom re-sends the map alone", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Zoom"), "6"]], { last: page.lastEventId });
  const html = parseSse(await res.text()).map((e) => e.data).join("");
  const targets = swapsOf(html).map((s) => s.target).filter(Boolean);
  const mapId = page.doc.querySelector(".sl-el-map")!.id;
  const graphId = page.doc.querySelector(".sl-el-graphvizChart")!.id;
  assert.ok(targets.includes("#" + mapId), targets.join(" "));
  assert.not.ok(targets.includes("#" + graphId), "the unchanged graph is not sent again");
  assert.match(html, /<svg class="sl-map-svg"/);
});

httpTest("invalid DOT shows the error with its line in place, and the session keeps working", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Broken graph"), "1"]], { last: page.lastEventId });
  const html = parseSse(await res.text()).map((e) => e.data).join("");
  assert.match(html, /Graphviz could not draw this graph: syntax error in line 3 near/, html.slice(0, 3000));
  const next = await rerun(c, page, [[page.nameOf("Zoom"), "2"]], { last: 0 });
  assert.is(next.status, 200);
  assert.match(parseSse(await next.text()).map((e) => e.data).join(""), /sl-map-svg/);
});

test.run();
