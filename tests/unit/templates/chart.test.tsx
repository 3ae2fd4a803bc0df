/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The chart template: one role="img" named by the title or a generated description, the data as a real table in a
// "Show data" disclosure, an in-place error when the chart cannot be drawn, and a fallback (never a throw) when the
// rendered SVG is not in the cache.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";
import { Node, toHtml } from "../../../templates/node.tsx";
import { clearPrepared, preparePatches } from "../../../templates/prepare.ts";
import type { Patch } from "../../../src/diff/diff.ts";
import { describeChart } from "../../../src/charts/describe.ts";
import { toFrame } from "../../../src/data/index.ts";

const sales = Array.from({ length: 30 }, (_, i) => ({ day: i + 1, sales: Math.round((i * 100) / 29) }));

/** The element message an app writes, as the tree holds it. */
async function element(app: (st: St) => void) {
  const at = await AppTest.fromFunction(app).run();
  return at.charts.map((c) => ({ op: "upsert", key: "0." + c.path[1], path: [...c.path], existed: false, delta: "element", type: "vegaLiteChart", message: { vegaLiteChart: c.proto } }) as Patch);
}
const render = (p: Patch) => parseHTML(`<main>${toHtml(<Node node={p as any} />)}</main>`).document;

test("describeChart: the title, else kind, what by what, series, count and range", () => {
  const frame = toFrame(sales);
  assert.is(describeChart({ mark: "line", encoding: { x: { field: "day" }, y: { field: "sales" } } }, frame, "line"), "Line chart of sales by day, 30 points, 0 to 100");
  assert.is(describeChart({ title: "Sales", mark: "line" }, frame), "Sales");
  assert.is(describeChart({ title: { text: "Sales per day" }, mark: "line" }, frame), "Sales per day");
  const long = toFrame([{ city: "Oslo", series: "north", value: 3 }, { city: "Oslo", series: "south", value: 9 }]);
  const bars = { mark: "bar", encoding: { x: { field: "city", title: "city" }, y: { field: "value", title: null }, color: { field: "series", title: null } } };
  assert.is(describeChart(bars, long, "bar"), "Bar chart of north and south by city, 2 series, 2 bars, 3 to 9");
  assert.is(describeChart({ mark: "arc" }, null), "Pie chart");
});

test("a prepared chart is one role=img with its description, its SVG inside, and its data as a table", async () => {
  clearPrepared();
  const [p] = await element((st) => st.lineChart(sales, { x: "day", y: "sales" }));
  await preparePatches([p!]);
  const doc = render(p!);
  const img = doc.querySelector("figure.sl-chart [role=img]")!;
  assert.is(img.getAttribute("aria-label"), "Line chart of sales by day, 30 points, 0 to 100");
  assert.ok(img.querySelector("svg path > title"), "the SVG, with tooltips");
  const details = doc.querySelector("figure.sl-chart details")!;
  assert.is(details.querySelector("summary")!.textContent, "Show data: Line chart of sales by day, 30 points, 0 to 100", "each disclosure says whose data");
  assert.is(details.querySelector("summary .sl-visually-hidden")!.textContent, ": Line chart of sales by day, 30 points, 0 to 100");
  const region = details.querySelector("[role=region][tabindex='0']")!;
  const table = region.querySelector("table")!;
  assert.is(region.getAttribute("aria-labelledby"), table.querySelector("caption")!.id);
  assert.is(table.querySelector("caption")!.textContent, "Data of: Line chart of sales by day, 30 points, 0 to 100");
  assert.equal([...table.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")]), [["day", "col"], ["sales", "col"]]);
  assert.is(table.querySelectorAll("tbody tr").length, 30);
  assert.is(table.querySelector("tbody th")!.getAttribute("scope"), "row");
});

test("a chart missing from the cache (evicted) renders a fallback with its data; it never throws", async () => {
  clearPrepared();
  const [p] = await element((st) => st.barChart(sales, { x: "day", y: "sales" }));
  const doc = render(p!);
  assert.match(doc.querySelector(".sl-chart-unavailable")!.textContent!, /^Chart unavailable: Bar chart of sales by day/);
  assert.is(doc.querySelectorAll("table tbody tr").length, 30);
  assert.not.ok(doc.querySelector("svg"));
});

test("a chart that cannot be drawn shows the error in place, with its data", async () => {
  clearPrepared();
  const [p] = await element((st) => st.vegaLiteChart([{ a: 1 }], { mark: "nonsense", encoding: { x: { field: "a" } } }));
  await preparePatches([p!]);
  const alert = render(p!).querySelector(".sl-alert-error[role=alert]")!;
  assert.match(alert.textContent!, /This chart could not be drawn: The Vega-Lite spec cannot be compiled/);
});

test("a fixed-width chart is no wider than drawn; a container-width chart has no limit", async () => {
  clearPrepared();
  const [fixed, fill] = await element((st) => {
    st.lineChart(sales, { x: "day", y: "sales", width: 300, useContainerWidth: false });
    st.lineChart(sales, { x: "day", y: "sales" });
  });
  await preparePatches([fixed!, fill!]);
  assert.match(render(fixed!).querySelector("figure")!.getAttribute("style")!, /^max-width: 3\d\dpx$/);
  assert.is(render(fill!).querySelector("figure")!.getAttribute("style"), null);
});

test("a long dataset shows its first 1000 rows and says so", async () => {
  clearPrepared();
  const [p] = await element((st) => st.scatterChart(Array.from({ length: 1200 }, (_, i) => ({ x: i, y: i % 7 })), { x: "x", y: "y" }));
  const doc = render(p!);
  assert.is(doc.querySelectorAll("tbody tr").length, 1000);
  assert.match(doc.querySelector("caption")!.textContent!, /\(first 1000 of 1200 rows\)$/);
});

test.run();
