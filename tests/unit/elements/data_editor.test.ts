// st.dataEditor: the edited data in the input's shape, the edit state in session state, and each cell's post
// decoded on its own (a refused cell is an error on that cell; the rest of the post is taken).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { Table, tableFromArrays } from "apache-arrow";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";
import { decodeParts, type EditorShape } from "../../../src/elements/data_editor_codec.ts";
import { FieldValueError, PartialValueError, SluiceAPIError } from "../../../src/util/errors.ts";
import type { EditorColumn } from "../../../src/elements/data_editor_model.ts";

const people = () => [
  { name: "Ada", age: 36, member: true },
  { name: "Bo", age: 4, member: false },
  { name: "Cy", age: 70, member: true },
];

/** An app that shows what st.dataEditor returned and the key's session state. */
function app(data: () => unknown, options: Record<string, unknown> = {}) {
  const seen: { out?: unknown; state?: unknown } = {};
  const at = AppTest.fromFunction((st: St) => {
    seen.out = st.dataEditor(data(), { key: "ed", ...options });
    seen.state = st.sessionState.ed;
  });
  return { at, seen };
}

test("returns the data as given until edited; session state holds the empty edit state", async () => {
  const { at, seen } = app(people);
  await at.run();
  assert.equal(seen.out, people());
  assert.equal(seen.state, { editedRows: {}, addedRows: [], deletedRows: [] });
  assert.equal(at.dataEditor[0]!.value, { editedRows: {}, addedRows: [], deletedRows: [] });
});

test("an edited cell: rows in, rows out; edit state in Streamlit's camelCase form", async () => {
  const { at, seen } = app(people);
  await at.run();
  await at.dataEditor[0]!.editCell(1, "age", 5).editCell(0, "name", "Ada L.").run();
  assert.equal(seen.out, [{ name: "Ada L.", age: 36, member: true }, { name: "Bo", age: 5, member: false }, people()[2]]);
  assert.equal(seen.state, { editedRows: { "0": { name: "Ada L." }, "1": { age: 5 } }, addedRows: [], deletedRows: [] });
});

test("the shape round trip: columns, arrays with columns and Arrow tables come back as they went in", async () => {
  const cols = { x: [1, 2], y: ["a", "b"] };
  const c = app(() => cols);
  await c.at.run();
  await c.at.dataEditor[0]!.editCell(0, "x", 10).run();
  assert.equal(c.seen.out, { x: [10, 2], y: ["a", "b"] });

  const a = app(() => [[1, "a"], [2, "b"]], { columns: ["x", "y"] });
  await a.at.run();
  await a.at.dataEditor[0]!.editCell(1, "y", "z").run();
  assert.equal(a.seen.out, [[1, "a"], [2, "z"]]);

  const t = app(() => tableFromArrays({ x: Float64Array.from([1.5, 2.5]) }));
  await t.at.run();
  await t.at.dataEditor[0]!.editCell(1, "x", 3.25).run();
  assert.instance(t.seen.out, Table);
  assert.equal([...(t.seen.out as Table).getChild("x")!.toArray()], [1.5, 3.25]);
});

test("a refused cell is an error on that cell; the post's other cells are taken", async () => {
  const { at, seen } = app(people, { columnConfig: { age: { type: "number", minValue: 0, maxValue: 120 } } });
  await at.run();
  await at.dataEditor[0]!.editCell(0, "age", "old").editCell(1, "age", 200).editCell(2, "name", "Cyd").run();
  const ed = at.dataEditor[0]!;
  assert.equal(ed.cellErrors.map((e) => [e.row, e.column, e.message, e.entered]), [
    ["0", "age", "age, row 0 must be a number", "old"],
    ["1", "age", "age, row 1 must be between 0 and 120", "200"],
  ]);
  assert.is(ed.error, "age, row 0 must be a number (and 1 more cell)");
  assert.equal((seen.out as { name: string }[]).map((r) => r.name), ["Ada", "Bo", "Cyd"]);
  assert.equal(seen.state, { editedRows: { "2": { name: "Cyd" } }, addedRows: [], deletedRows: [] });
  // The refused text stays in its cell (posted again) until it is corrected; then the error clears.
  await at.run();
  assert.is(at.dataEditor[0]!.cellErrors.length, 2);
  await at.dataEditor[0]!.editCell(0, "age", 37).editCell(1, "age", 4).run();
  assert.is(at.dataEditor[0]!.error, null);
  assert.equal(seen.state, { editedRows: { "0": { age: 37 }, "2": { name: "Cyd" } }, addedRows: [], deletedRows: [] });
});

test("typing a cell back to its original value drops its edit", async () => {
  const { at, seen } = app(people);
  await at.run();
  await at.dataEditor[0]!.editCell(1, "age", 5).run();
  await at.dataEditor[0]!.editCell(1, "age", 4).run();
  assert.equal(seen.state, { editedRows: {}, addedRows: [], deletedRows: [] });
});

test("numRows dynamic: add and delete rows; deleting an added row removes it", async () => {
  const { at, seen } = app(people, { numRows: "dynamic", columnConfig: { member: { default: false } } });
  await at.run();
  await at.dataEditor[0]!.addRow().run();
  await at.dataEditor[0]!.editCell("a0", "name", "Di").deleteRow(0).run();
  assert.equal(seen.state, { editedRows: {}, addedRows: [{ member: false, name: "Di" }], deletedRows: [0] });
  assert.equal(seen.out, [people()[1], people()[2], { name: "Di", age: null, member: false }]);
  await at.dataEditor[0]!.addRow().run();
  await at.dataEditor[0]!.deleteRow("a0").run();
  assert.equal((seen.state as { addedRows: unknown[] }).addedRows, [{ member: false }]);
});

test("numRows fixed refuses add and delete presses as errors, not requests", async () => {
  const { at, seen } = app(people);
  await at.run();
  await at.dataEditor[0]!.addRow().run();
  assert.match(at.dataEditor[0]!.error ?? "", /Rows cannot be added/);
  assert.is((seen.out as unknown[]).length, 3);
});

test("disabled columns (a list) and disabled: true", async () => {
  const { at, seen } = app(people, { disabled: ["age"] });
  await at.run();
  await at.dataEditor[0]!.editCell(0, "age", 1).editCell(0, "name", "A").run();
  assert.equal(seen.state, { editedRows: { "0": { name: "A" } }, addedRows: [], deletedRows: [] });
  const all = app(people, { disabled: true });
  await all.at.run();
  assert.is(all.at.dataEditor[0]!.disabled, true);
  assert.throws(() => all.at.dataEditor[0]!.editCell(0, "name", "x"), /disabled/);
});

test("session state set before the widget applies the edits; a state that does not fit is an API error", async () => {
  const at = AppTest.fromFunction((st: St) => {
    st.sessionState.ed ??= { editedRows: { "1": { age: 9 } }, addedRows: [], deletedRows: [] };
    st.json(st.dataEditor(people(), { key: "ed" }));
  });
  await at.run();
  assert.equal(JSON.parse(at.json[0]!.proto.body)[1].age, 9);
  const bad = AppTest.fromFunction((st: St) => {
    st.sessionState.ed = { editedRows: { "7": { age: 9 } } };
    st.dataEditor(people(), { key: "ed" });
  });
  await bad.run();
  assert.match(bad.exception[0]!.proto.message, /has no row 7/);
});

test("onChange runs before the script body, with args", async () => {
  const log: string[] = [];
  const at = AppTest.fromFunction((st: St) => {
    log.push("body");
    st.dataEditor(people(), { key: "ed", onChange: (x: string) => log.push("changed " + x + " " + JSON.stringify(st.sessionState.ed.editedRows)), args: ["!"] });
  });
  await at.run();
  log.length = 0;
  await at.dataEditor[0]!.editCell(2, "member", false).run();
  assert.equal(log, ['changed ! {"2":{"member":false}}', "body"]);
});

// The codec on its own: what a crafted post can do.
const col = (name: string, kind: EditorColumn["kind"], position: number, extra: Partial<EditorColumn> = {}): EditorColumn => ({
  name, label: name, kind, position, disabled: false, required: false, hidden: false, options: [], maxChars: 0, help: "", defaultValue: null, ...extra,
});
const shape: EditorShape = {
  label: "Stock",
  columns: [col("item", "text", 0), col("qty", "integer", 1, { min: 0 }), col("when", "date", 2), col("size", "selectbox", 3, { options: ["S", "M"] })],
  cells: [["pen", "ink"], [1, 2], ["2024-01-01", null], ["S", "M"]],
  rowCount: 2,
  dynamic: false,
};
const base = JSON.stringify({ editedRows: {}, addedRows: [], deletedRows: [] });
const post = (pairs: [string, string][]) => decodeParts(shape, new Map([["", [base]], ...pairs.map(([k, v]) => [k, [v]] as [string, string[]])]));
const refused = (pairs: [string, string][]) => {
  try {
    post(pairs);
  } catch (e) {
    assert.instance(e, PartialValueError);
    return { state: (e as PartialValueError).value, errors: (e as PartialValueError).entered.map((x) => JSON.parse(x)) };
  }
  throw new Error("expected the post to be refused in part");
};

test("codec: typed cells parse; dates, options and whole numbers are checked", () => {
  assert.equal(post([["0.1", "5"], ["1.2", "2024-02-29"], ["1.3", "S"]]), { editedRows: { "0": { qty: 5 }, "1": { when: "2024-02-29", size: "S" } }, addedRows: [], deletedRows: [] });
  const r = refused([["0.1", "1.5"], ["1.2", "2023-02-29"], ["0.3", "XL"], ["1.1", "-1"]]);
  assert.equal(r.errors.map((e) => e.message), [
    "qty, row 0 must be a whole number",
    "when, row 1 must be a date, like 2024-03-31",
    "size, row 0 must be one of: S, M",
    "qty, row 1 must be 0 or more",
  ]);
});

test("codec: a forged row, column or part is a per-field error, never a bad request", () => {
  const r = refused([["99.1", "5"], ["0.9", "x"], ["zz", "1"], ["0.0", "pencil"]]);
  assert.equal(r.errors.map((e) => e.message), ["Stock has no row 99", "Stock has no cell 0.9", "Stock has no cell zz"]);
  assert.equal(r.state, { editedRows: { "0": { item: "pencil" } }, addedRows: [], deletedRows: [] });
});

test("codec: a post of thousands of bad parts keeps the first 100 (the message counts them all)", () => {
  const r = (() => {
    try {
      post(Array.from({ length: 5000 }, (_, i): [string, string] => [`${i + 10}.1`, "x".repeat(2000)]));
    } catch (e) {
      return e as PartialValueError;
    }
    throw new Error("expected a refusal");
  })();
  assert.is(r.entered.length, 100);
  assert.ok(r.entered.every((e) => JSON.parse(e).text.length === 1000));
  assert.match(r.message, /and 4999 more cells/);
});

test("codec: a posted state that is not the editor's is refused whole (FieldValueError)", () => {
  const whole = (state: string) => {
    try {
      decodeParts(shape, new Map([["", [state]]]));
    } catch (e) {
      assert.instance(e, FieldValueError);
      assert.not.instance(e, PartialValueError);
      return (e as Error).message;
    }
    return "";
  };
  assert.match(whole("{nope"), /not JSON/);
  assert.match(whole(JSON.stringify({ editedRows: { "5": { qty: 1 } } })), /no row 5/);
  assert.match(whole(JSON.stringify({ editedRows: { "0": { price: 1 } } })), /no column "price"/);
  assert.match(whole(JSON.stringify({ editedRows: { "0": { qty: "many" } } })), /must be a number/);
  assert.match(whole(JSON.stringify({ addedRows: [{}] })), /fixed number of rows/);
  assert.throws(() => decodeParts(shape, new Map([["0.1", ["5"]]])), (e: unknown) => e instanceof FieldValueError && /without its state/.test((e as Error).message));
});

test("st.columnConfig.* drives the inputs: limits, options, validate; progress columns are read-only", async () => {
  const seen: { out?: any } = {};
  const at = AppTest.fromFunction((st: St) => {
    seen.out = st.dataEditor([{ code: "AB", n: 5, size: "S", done: 0.5 }], {
      columnConfig: {
        _index: "#",
        code: st.columnConfig.TextColumn("Code", { validate: "^[A-Z]+$" }),
        n: st.columnConfig.NumberColumn("N", { min: 1, max: 9 }),
        size: st.columnConfig.SelectboxColumn("Size", { options: ["S", "M"] }),
        done: st.columnConfig.ProgressColumn("Done"),
      },
    });
  });
  await at.run();
  const cols = at.dataEditor[0]!.proto.columns;
  assert.equal(cols.map((c: any) => [c.label, c.min ?? null, c.max ?? null, c.disabled]), [["Code", null, null, false], ["N", 1, 9, false], ["Size", null, null, false], ["Done", null, null, true]]);
  await at.dataEditor[0]!.editCell(0, "code", "ab").editCell(0, "n", 10).editCell(0, "size", "M").run();
  assert.equal(at.dataEditor[0]!.cellErrors.map((e) => e.message), ["Code, row 0 is not in the expected format", "N, row 0 must be between 1 and 9"]);
  assert.equal(seen.out, [{ code: "AB", n: 5, size: "M", done: 0.5 }]);
});

test("an app that gives a columnConfig for a column the data lacks gets an API error", async () => {
  const at = AppTest.fromFunction((st: St) => void st.dataEditor(people(), { columnConfig: { price: "Price" } }));
  await at.run();
  assert.match(at.exception[0]!.proto.message, /columnConfig names a column "price"/);
  assert.ok(SluiceAPIError);
});

test.run();
