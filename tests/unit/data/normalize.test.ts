// toFrame: every accepted input shape gives the same columns, types and values; anything else a DataFormatError.
import { test } from "uvu";
import * as assert from "uvu/assert";
import * as aq from "arquero";
import { tableFromArrays } from "apache-arrow";
import { toFrame, type Frame } from "../../../src/data/index.ts";
import { DataFormatError } from "../../../src/util/errors.ts";

const summary = (f: Frame) => ({ names: f.columns.map((c) => c.name), types: f.columns.map((c) => c.type), rows: f.rowCount });
const values = (f: Frame) => f.columns.map((c) => [...c.values]);

test("array of row objects: columns in first-seen order, missing keys are null", () => {
  const f = toFrame([{ a: 1, b: "x" }, { a: 2.5, c: true }, { b: undefined }]);
  assert.equal(summary(f), { names: ["a", "b", "c"], types: ["float", "string", "boolean"], rows: 3 });
  assert.equal(values(f), [[1, 2.5, null], ["x", null, null], [null, true, null]]);
  assert.is(f.shape, "rows");
});

test("object of columns, typed arrays included", () => {
  const f = toFrame({ n: [1, 2, 3], x: Float64Array.from([0.5, 1, 2]) });
  assert.equal(summary(f), { names: ["n", "x"], types: ["integer", "float"], rows: 3 });
  assert.is(f.shape, "columns");
});

test("array of arrays with and without columns", () => {
  assert.equal(summary(toFrame([[1, "a"], [2, "b"]], { columns: ["id", "name"] })), { names: ["id", "name"], types: ["integer", "string"], rows: 2 });
  assert.equal(summary(toFrame([[1, "a"], [2]])), { names: ["0", "1"], types: ["integer", "string"], rows: 2 });
  assert.throws(() => toFrame([[1, 2, 3]], { columns: ["a"] }), (e: Error) => e instanceof DataFormatError && /3 values but 1 columns/.test(e.message));
});

test("array of scalars is one column", () => {
  const f = toFrame([3, 1, 2]);
  assert.equal(summary(f), { names: ["0"], types: ["integer"], rows: 3 });
  assert.is(f.shape, "values");
});

test("apache-arrow Table", () => {
  const t = tableFromArrays({ a: Int32Array.from([1, 2]), s: ["p", "q"] });
  const f = toFrame(t);
  assert.equal(summary(f), { names: ["a", "s"], types: ["integer", "string"], rows: 2 });
  assert.equal(values(f), [[1, 2], ["p", "q"]]);
  assert.is(f.shape, "arrow");
});

test("arquero 7 table (toArrow, flechette), dates come back as Date objects", () => {
  const t = aq.table({ id: [1, 2], when: [new Date(Date.UTC(2024, 0, 2)), null], ok: [true, false], s: ["a", null] });
  const f = toFrame(t);
  assert.equal(summary(f), { names: ["id", "when", "ok", "s"], types: ["integer", "date", "boolean", "string"], rows: 2 });
  assert.is(f.shape, "toArrow");
  assert.ok(f.columns[1]!.values[0] instanceof Date);
  assert.is((f.columns[1]!.values[0] as Date).toISOString(), "2024-01-02T00:00:00.000Z");
  assert.is(f.columns[3]!.values[1], null);
});

test("anything with objects()", () => {
  const f = toFrame({ objects: () => [{ k: "v" }] });
  assert.equal(summary(f), { names: ["k"], types: ["string"], rows: 1 });
  assert.is(f.shape, "objects");
});

test("null and undefined are an empty frame; [] too", () => {
  for (const d of [null, undefined, []]) assert.equal(summary(toFrame(d)), { names: [], types: [], rows: 0 });
});

test("types: integer, float, boolean, string, date, datetime, list, object, null; mixes widen", () => {
  const f = toFrame({
    i: [1, 2n], fl: [1, 0.5], b: [true, null], s: ["2024-01-01", "x"], d: [new Date(Date.UTC(2024, 1, 1)), null],
    dt: [new Date(Date.UTC(2024, 1, 1)), new Date(Date.UTC(2024, 1, 1, 12))], l: [[1, 2], Float32Array.of(3)],
    o: [{ a: 1 }, null], mixed: [1, "a"], nothing: [null, undefined],
  });
  assert.equal(f.columns.map((c) => c.type), ["integer", "float", "boolean", "string", "date", "datetime", "list", "object", "object", "null"]);
  assert.equal(f.columns[0]!.values, [1, 2]);
  assert.equal(f.columns[6]!.values, [[1, 2], [3]]);
  assert.equal(f.columns[9]!.values, [null, null]);
});

test("ISO date strings stay strings (documented choice)", () => {
  assert.is(toFrame([{ d: "2024-05-01" }]).columns[0]!.type, "string");
});

test("clear typed errors for what is not a table", () => {
  const cases: [unknown, RegExp][] = [
    [42, /number is not a table/],
    ["text", /string is not a table/],
    [{ a: 1 }, /Column "a" is not an array/],
    [{ a: [1, 2], b: [1] }, /same length/],
    [new Map(), /Map is not a table/],
    [[{ a: 1 }, 5], /only plain objects/],
    [{ toArrow: () => 5 }, /toArrow\(\)/],
  ];
  for (const [data, re] of cases) {
    assert.throws(() => toFrame(data), (e: Error) => e instanceof DataFormatError && re.test(e.message), String(re));
  }
});

test.run();
