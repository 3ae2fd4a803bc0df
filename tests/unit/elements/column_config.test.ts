// st.columnConfig: the factories' plain objects, labels and null as shorthand, and clear errors for bad configs.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { columnConfig, resolveColumnConfig, widthPx } from "../../../src/elements/column_config.ts";
import { columnConfig as fromPackage } from "../../../src/index.ts";
import { AppTest } from "../../../src/testing/index.ts";
import { render } from "../helpers.ts";

test("factories return plain configs with their kind; st.columnConfig is the same object as the package export", async () => {
  assert.equal(columnConfig.NumberColumn("Price", { format: "euro", min: 0 }), { type: "number", label: "Price", format: "euro", min: 0 });
  assert.equal(columnConfig.LineChartColumn(), { type: "line_chart" });
  assert.is(fromPackage, columnConfig);
  let seen: unknown;
  await AppTest.fromFunction((st) => void (seen = st.columnConfig)).run();
  assert.is(seen, columnConfig);
});

test("a string is a label, null hides; widths", () => {
  assert.equal(resolveColumnConfig({ a: "Alpha", b: null, c: { width: "large" } }, "dataframe"), { a: { label: "Alpha" }, b: { hidden: true }, c: { width: "large" } });
  assert.equal([widthPx("small"), widthPx("medium"), widthPx("large"), widthPx(120), widthPx(undefined)], [75, 200, 400, 120, undefined]);
});

test("bad configs are SluiceAPIErrors that say what to use", () => {
  assert.throws(() => resolveColumnConfig({ a: { type: "sparkles" as never } }, "dataframe"), /unknown type "sparkles"/);
  assert.throws(() => resolveColumnConfig({ a: { width: "huge" as never } }, "dataframe"), /width "huge".*"small", "medium", "large"/);
  assert.throws(() => resolveColumnConfig({ a: 5 as never }, "dataframe"), /must be a column config, a label or null/);
});

test("empty data is an empty table, not an error", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.dataframe(null);
    st.dataframe([]);
    st.table(undefined);
  }).run();
  assert.is(at.exception.length, 0);
  const root = render({ newElement: { dataframe: at.dataframe[0]!.proto } });
  assert.is(root.querySelector("caption")!.textContent, "Table, 0 rows, 0 columns");
  assert.is(root.querySelectorAll("tbody tr").length, 0);
});

test("st.metric chartData and chartType reach the message; a wrong chartType is an error", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.metric("Sales", 10, { chartData: [1, null, 3] });
    st.metric("Plain", 1);
    st.metric("Bad", 1, { chartData: [1], chartType: "pie" as never });
  }).run();
  assert.equal([...at.metric[0]!.proto.chartData].map((v: number) => (Number.isNaN(v) ? null : v)), [1, null, 3]);
  assert.is(at.metric[0]!.proto.chartType, "line");
  assert.is(at.metric[1]!.proto.chartType, "");
  assert.match(at.exception[0]!.value, /chartType "pie"/);
});

test.run();
