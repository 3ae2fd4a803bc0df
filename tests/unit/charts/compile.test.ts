// Streamlit's built-in charts compiled to Vega-Lite (src/charts/compile.ts), through the st.* commands and AppTest:
// each command's spec and long-format data, and every parameter (x, y, labels, color, size, stack, horizontal, size).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";

const days = [
  { day: 1, users: 10, orders: 3 },
  { day: 2, users: 12, orders: 5 },
  { day: 3, users: 9, orders: 4 },
];
const run = (app: (st: St) => void) => AppTest.fromFunction(app).run();

test("lineChart with x and one y: the columns as given, axis titles from their names, a tooltip per value", async () => {
  const at = await run((st) => st.lineChart(days, { x: "day", y: "users" }));
  const c = at.lineChart[0]!;
  assert.is(c.chartType, "line");
  assert.is(c.spec.mark.type, "line");
  assert.equal(c.spec.encoding.x, { field: "day", type: "quantitative", title: "day" });
  assert.equal(c.spec.encoding.y, { field: "users", type: "quantitative", title: "users" });
  assert.not.ok(c.spec.encoding.color, "one series: no colour encoding");
  assert.equal(c.spec.encoding.tooltip.map((t: any) => t.field), ["day", "users"]);
  assert.equal(c.data, [{ day: 1, users: 10 }, { day: 2, users: 12 }, { day: 3, users: 9 }]);
  assert.ok(c.spec.mark.point, "small charts carry per-value points (for tooltips)");
  assert.not.ok(c.spec.data, "the data travels as Arrow bytes, not in the spec");
});

test("several y columns are melted to long format, the series as colour without a title", async () => {
  const at = await run((st) => st.lineChart(days, { x: "day", y: ["users", "orders"] }));
  const c = at.lineChart[0]!;
  assert.equal(c.spec.encoding.y.field, "value");
  assert.is(c.spec.encoding.y.title, null);
  assert.equal(c.spec.encoding.color, { field: "series", type: "nominal", title: null });
  assert.is(c.data.length, 6);
  assert.equal(c.data[0], { day: 1, series: "users", value: 10 });
  assert.equal(c.data[3], { day: 1, series: "orders", value: 3 });
});

test("without y, every other column is a series; without x, the index is x (no axis title)", async () => {
  const at = await run((st) => st.areaChart(days.map(({ users, orders }) => ({ users, orders }))));
  const c = at.areaChart[0]!;
  assert.equal(c.spec.encoding.x, { field: "index", type: "quantitative", title: null });
  assert.equal([...new Set(c.data.map((r) => r.series))], ["users", "orders"]);
  assert.equal(c.data.slice(0, 3).map((r) => r.index), [0, 1, 2]);
});

test("xLabel and yLabel title the axes; a melted column name that is taken is renamed", async () => {
  const at = await run((st) => st.lineChart(days.map((d) => ({ ...d, value: 1 })), { x: "day", y: ["users", "orders"], xLabel: "Day", yLabel: "Count" }));
  const c = at.lineChart[0]!;
  assert.is(c.spec.encoding.x.title, "Day");
  assert.is(c.spec.encoding.y.title, "Count");
  assert.is(c.spec.encoding.y.field, "_value", "the data's own 'value' column keeps its name");
});

test("color: a column colours by it; a CSS colour paints one series; a list gives one colour per y column", async () => {
  const rows = days.map((d, i) => ({ ...d, shop: i % 2 ? "east" : "west" }));
  const at = await run((st) => {
    st.scatterChart(rows, { x: "day", y: "users", color: "shop" });
    st.lineChart(rows, { x: "day", y: "users", color: "#ff0000" });
    st.lineChart(rows, { x: "day", y: ["users", "orders"], color: ["#111111", "#222222"] });
  });
  assert.equal(at.scatterChart[0]!.spec.encoding.color, { field: "shop", type: "nominal", title: "shop" });
  assert.equal(at.scatterChart[0]!.data[1], { day: 2, users: 12, shop: "east" });
  assert.is(at.lineChart[0]!.spec.mark.color, "#ff0000");
  assert.equal(at.lineChart[1]!.spec.encoding.color.scale, { domain: ["users", "orders"], range: ["#111111", "#222222"] });
});

test("barChart: stacked by default, grouped with stack: false, normalised, horizontal swaps x and y; x is ordinal", async () => {
  const at = await run((st) => {
    st.barChart(days, { x: "day", y: ["users", "orders"] });
    st.barChart(days, { x: "day", y: ["users", "orders"], stack: false });
    st.barChart(days, { x: "day", y: "users", stack: "normalize" });
    st.barChart(days, { x: "day", y: "users", horizontal: true });
  });
  const [stacked, grouped, normal, horizontal] = at.barChart;
  assert.is(stacked!.spec.mark.type, "bar");
  assert.is(stacked!.spec.encoding.x.type, "ordinal");
  assert.is(stacked!.spec.encoding.y.stack, "zero");
  assert.is(grouped!.spec.encoding.y.stack, null);
  assert.equal(grouped!.spec.encoding.xOffset, { field: "series" });
  assert.is(normal!.spec.encoding.y.stack, "normalize");
  assert.equal(horizontal!.spec.encoding.y.field, "day");
  assert.equal(horizontal!.spec.encoding.x.field, "users");
  assert.is(horizontal!.spec.encoding.x.stack, "zero");
});

test("areaChart with stack false is layered and translucent; lineChart is never stacked", async () => {
  const at = await run((st) => {
    st.areaChart(days, { x: "day", stack: false });
    st.lineChart(days, { x: "day" });
  });
  assert.is(at.areaChart[0]!.spec.encoding.y.stack, null);
  assert.is(at.areaChart[0]!.spec.mark.opacity, 0.6);
  assert.is(at.lineChart[0]!.spec.encoding.y.stack, undefined);
});

test("scatterChart: circles; size from a column or a number", async () => {
  const at = await run((st) => {
    st.scatterChart(days, { x: "users", y: "orders", size: "day" });
    st.scatterChart(days, { x: "users", y: "orders", size: 120 });
  });
  assert.is(at.scatterChart[0]!.spec.mark.type, "circle");
  assert.equal(at.scatterChart[0]!.spec.encoding.size, { field: "day", type: "quantitative", title: "day" });
  assert.is(at.scatterChart[1]!.spec.mark.size, 120);
});

test("width applies without useContainerWidth; height always; dates are temporal", async () => {
  const at = await run((st) => {
    st.lineChart(days, { x: "day", y: "users", width: 400, height: 200, useContainerWidth: false });
    st.lineChart(days, { x: "day", y: "users", width: 400 });
    st.lineChart([{ d: new Date(Date.UTC(2024, 0, 1)), v: 1 }, { d: new Date(Date.UTC(2024, 0, 2)), v: 2 }], { x: "d", y: "v" });
  });
  const [fixed, fill, dated] = at.lineChart;
  assert.is(fixed!.spec.width, 400);
  assert.is(fixed!.spec.height, 200);
  assert.is(fixed!.proto.useContainerWidth, false);
  assert.is(fill!.spec.width, undefined, "the container's width wins, as in Streamlit");
  assert.is(fill!.spec.height, 300);
  assert.is(dated!.spec.encoding.x.type, "temporal");
  assert.ok(dated!.data[0]!.d instanceof Date);
});

test("a column that does not exist is an error naming the columns there are", async () => {
  const at = await run((st) => st.lineChart(days, { x: "when", y: "users" }));
  assert.is(at.lineChart.length, 0);
  assert.is(at.exception[0]!.errorType, "ChartSpecError");
  assert.match(at.exception[0]!.message, /x "when" is not a column of the data \(columns: day, users, orders\)/);
});

test("vegaLiteChart: the spec without its data; inline values and named datasets travel as data; keys", async () => {
  const spec = { mark: "point", encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" } } };
  const at = await run((st) => {
    st.vegaLiteChart([{ a: 1, b: 2 }], spec, { key: "pts" });
    st.vegaLiteChart({ ...spec, data: { values: [{ a: 3, b: 4 }] } });
    st.vegaLiteChart(null, { ...spec, data: { name: "t" }, datasets: { t: [{ a: 5, b: 6 }] } });
    st.vegaLiteChart(null, JSON.stringify(spec), { theme: null, width: 300, useContainerWidth: false });
  });
  const [given, inline, named, json] = at.vegaLiteChart;
  assert.is(at.charts.length, 4);
  assert.equal(given!.spec, spec);
  assert.equal(given!.data, [{ a: 1, b: 2 }]);
  assert.is(at.getByKey("pts"), given);
  assert.equal(inline!.data, [{ a: 3, b: 4 }]);
  assert.not.ok(inline!.spec.data);
  assert.equal(named!.datasets, { t: [{ a: 5, b: 6 }] });
  assert.equal(named!.spec.data, { name: "t" });
  assert.is(json!.proto.theme, "");
  assert.is(json!.spec.width, 300);
  assert.is(given!.proto.theme, "streamlit");
});

test.run();
