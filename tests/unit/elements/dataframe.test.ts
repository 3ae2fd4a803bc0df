// st.dataframe: its value and view state through AppTest, and its form actions (sort, page, selection) as a post
// carries them — including forged values, which are ignored or clamped, never an error.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { DEFAULT_PAGE_SIZE, pageSizeFor } from "../../../src/elements/dataframe.ts";

const people = Array.from({ length: 25 }, (_, i) => ({ name: `p${String(i).padStart(2, "0")}`, age: (i * 7) % 30, city: i % 2 ? "Oslo" : "Rome" }));

test("value is the data in the app's shape; columns, order and hidden columns as configured", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.dataframe(people);
    st.dataframe({ a: [1, 2], b: ["x", "y"], c: [true, false] }, { columnOrder: ["c", "a", "b"], columnConfig: { b: null, a: st.columnConfig.NumberColumn("A", { pinned: true }) } });
  }).run();
  assert.equal(at.dataframe[0]!.value, people);
  assert.equal(at.dataframe[1]!.value, { a: [1, 2], b: ["x", "y"], c: [true, false] });
  assert.equal(at.dataframe[1]!.columns, ["a", "c"], "pinned first, hidden left out");
});

test("page size follows height; default 10 rows", () => {
  assert.is(pageSizeFor(undefined), DEFAULT_PAGE_SIZE);
  assert.is(pageSizeFor(400), 10);
  assert.is(pageSizeFor(140), 3);
  assert.is(pageSizeFor(10), 1);
});

test("sort and page as form actions: a header toggles ascending/descending, sorting goes back to page 0", async () => {
  const at = await AppTest.fromFunction((st) => void st.dataframe(people)).run();
  await at.dataframe[0]!.post("", "page=2").run();
  assert.equal(at.dataframe[0]!.view, { sort: "", descending: false, page: 2 });
  await at.dataframe[0]!.post("", "sort=1").run();
  assert.equal(at.dataframe[0]!.view, { sort: "age", descending: false, page: 0 });
  await at.dataframe[0]!.post("", "sort=1").run();
  assert.equal(at.dataframe[0]!.view, { sort: "age", descending: true, page: 0 });
  await at.dataframe[0]!.post("", "sort=0").run();
  assert.equal(at.dataframe[0]!.view, { sort: "name", descending: false, page: 0 });
});

test("forged sort columns are ignored and page numbers clamped, never an error", async () => {
  const at = await AppTest.fromFunction((st) => void st.dataframe(people)).run();
  for (const v of ["sort=9", "sort=-1", "sort=x", "sort=", "page=-3", "bogus", "row=3"]) await at.dataframe[0]!.post("", v).run();
  assert.equal(at.dataframe[0]!.view, { sort: "", descending: false, page: 0 });
  assert.equal(at.dataframe[0]!.selection.selection.rows, [], "no selection without onSelect");
  await at.dataframe[0]!.post("", "page=999999").run();
  assert.equal(at.dataframe[0]!.view.page, 2, "the last page");
  assert.is(at.exception.length, 0);
});

test("the page's checkboxes set the selection of that page's rows; rows on other pages keep theirs", async () => {
  const at = await AppTest.fromFunction((st) => {
    const s = st.dataframe(people, { onSelect: "rerun", key: "df" });
    st.text(JSON.stringify(s.selection.rows));
  }).run();
  await at.dataframe[0]!.post("", "row=1", "row=4").run();
  assert.is(at.text[0]!.value, "[1,4]");
  await at.dataframe[0]!.post("", "row=1", "row=4", "page=1").run();
  await at.dataframe[0]!.post("", "row=12").run(); // page 1 shows rows 10..19
  assert.is(at.text[0]!.value, "[1,4,12]");
  await at.dataframe[0]!.post("").run(); // every box on page 1 cleared
  assert.is(at.text[0]!.value, "[1,4]");
  assert.equal(at.sessionState.df, { selection: { rows: [1, 4], columns: [] } });
  await at.dataframe[0]!.post("", "row=999").run(); // not on the page: ignored
  assert.is(at.text[0]!.value, "[1,4]");
});

test("single-row keeps the newly checked row; columns are selected by their header boxes", async () => {
  const at = await AppTest.fromFunction((st) => {
    const s = st.dataframe(people, { onSelect: "rerun", selectionMode: ["single-row", "multi-column"] });
    st.text(JSON.stringify(s.selection));
  }).run();
  await at.dataframe[0]!.post("", "row=2").run();
  await at.dataframe[0]!.post("", "row=2", "row=5", "col=0", "col=2").run();
  assert.is(at.text[0]!.value, JSON.stringify({ rows: [5], columns: ["name", "city"] }));
});

test("selection follows sorting: rows are positions in the data, not on the page", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.dataframe(people, { onSelect: "rerun" });
  }).run();
  await at.dataframe[0]!.post("", "sort=0").run();
  await at.dataframe[0]!.post("", "sort=0").run(); // name descending: p24, p23, …
  await at.dataframe[0]!.post("", "row=24").run();
  assert.equal(at.dataframe[0]!.selection.selection.rows, [24]);
});

test("onSelect callback runs when the selection changes, not on sort or page", async () => {
  let calls = 0;
  const at = await AppTest.fromFunction((st) => {
    st.dataframe(people, { onSelect: () => calls++ });
  }).run();
  await at.dataframe[0]!.post("", "sort=1").run();
  await at.dataframe[0]!.post("", "page=1").run();
  assert.is(calls, 0);
  await at.dataframe[0]!.selectRows([3]).run();
  assert.is(calls, 1);
});

test("AppTest actions: selectRows / selectColumns / sortBy / goToPage, checked like a post", async () => {
  const at = await AppTest.fromFunction((st) => void st.dataframe(people, { onSelect: "rerun", selectionMode: ["multi-row", "single-column"] })).run();
  await at.dataframe[0]!.selectRows([0, 20]).selectColumns(["age"]).run();
  assert.equal(at.dataframe[0]!.selection, { selection: { rows: [0, 20], columns: ["age"] } });
  await at.dataframe[0]!.sortBy("age", true).run();
  await at.dataframe[0]!.goToPage(1).run();
  assert.equal(at.dataframe[0]!.view, { sort: "age", descending: true, page: 1 });
  assert.throws(() => at.dataframe[0]!.selectRows([99]), /not every row/);
  assert.throws(() => at.dataframe[0]!.selectColumns(["name", "age"]), /not every column/);
  assert.throws(() => at.dataframe[0]!.sortBy("nope"), /no shown column/);
});

test("keyless dataframes with the same columns are told apart (no duplicate-id error); changed data keeps the sort", async () => {
  let n = 25;
  const at = await AppTest.fromFunction((st) => {
    st.dataframe(people.slice(0, n));
    st.dataframe(people.slice(0, n));
  }).run();
  assert.is(at.dataframe.length, 2);
  await at.dataframe[1]!.post("", "sort=1").run();
  n = 12;
  await at.run();
  assert.equal(at.dataframe[1]!.view.sort, "age");
  assert.equal(at.dataframe[0]!.view.sort, "");
});

test("selectionMode errors say what is allowed", async () => {
  const at = await AppTest.fromFunction((st) => void st.dataframe(people, { onSelect: "rerun", selectionMode: "rows" as never })).run();
  assert.match(at.exception[0]!.value, /selectionMode "rows" is not one of single-row/);
});

test("st.table: every row, value in the app's shape", async () => {
  const at = await AppTest.fromFunction((st) => st.table([[1, "a"], [2, "b"]])).run();
  assert.equal(at.table[0]!.value, [[1, "a"], [2, "b"]]);
  assert.equal(at.table[0]!.columns, ["0", "1"]);
});

test("data errors become an exception in place", async () => {
  const at = await AppTest.fromFunction((st) => st.dataframe(42 as never)).run();
  assert.is(at.exception[0]!.errorType, "DataFormatError");
});

test.run();
