// Frame ⇄ Arrow IPC bytes: a round trip gives the same frame back (types, order, shape); caches convert once.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tableFromIPC, Table } from "apache-arrow";
import { toFrame, frameToArrow, frameFromArrow, prepareData, frameOf, fromFrame, rows } from "../../../src/data/index.ts";
import { hashValue } from "../../../src/util/hash.ts";

const sample = () => ({
  id: [1, 2, 3_000_000_000], price: [1.5, null, 3], ok: [true, false, null], name: ["a", "b", null],
  day: [new Date(Date.UTC(2024, 0, 1)), null, new Date(Date.UTC(2024, 0, 3))],
  at: [new Date(Date.UTC(2024, 0, 1, 10, 30)), null, new Date(5)], tags: [["x"], [], null], meta: [{ k: 1 }, null, "s"], none: [null, null, null],
});

test("round trip keeps names, order, types, values and shape", () => {
  const f = toFrame(sample());
  const back = frameFromArrow(frameToArrow(f));
  assert.equal(back.columns.map((c) => [c.name, c.type]), f.columns.map((c) => [c.name, c.type]));
  assert.equal(back.columns.map((c) => c.values.map((v) => (v instanceof Date ? v.toISOString() : v))), f.columns.map((c) => c.values.map((v) => (v instanceof Date ? v.toISOString() : v))));
  assert.is(back.shape, "columns");
  assert.is(back.rowCount, 3);
});

test("the bytes are a standard Arrow stream other readers can read", () => {
  const t = tableFromIPC(frameToArrow(toFrame([{ a: 1, b: "x" }])));
  assert.is(t.numRows, 1);
  assert.equal(t.schema.fields.map((f) => [f.name, String(f.type)]), [["a", "Int32"], ["b", "Utf8"]]);
});

test("strings (non-ASCII, empty, missing) and numbers with gaps survive the direct Arrow buffers", () => {
  const f = toFrame({ s: ["ünï", "", null, "🎉 party", "a\u0000b"], x: [1.5, null, -0, 3, NaN], i: [1, null, 3, -4, 2 ** 31] });
  const back = frameFromArrow(frameToArrow(f));
  assert.equal(back.columns[0]!.values, ["ünï", "", null, "🎉 party", "a\u0000b"]);
  assert.equal(back.columns[1]!.values.slice(0, 4), [1.5, null, -0, 3]);
  assert.ok(Number.isNaN(back.columns[1]!.values[4]));
  assert.equal(back.columns[2]!.values, [1, null, 3, -4, 2 ** 31]);
});

test("rows without columns keep their row count", () => {
  assert.is(frameFromArrow(frameToArrow(toFrame([{}, {}]))).rowCount, 2);
});

test("fromFrame rebuilds the user's shape", () => {
  assert.equal(fromFrame(toFrame([{ a: 1 }, { a: 2 }])), [{ a: 1 }, { a: 2 }]);
  assert.equal(fromFrame(frameFromArrow(frameToArrow(toFrame({ a: [1, 2], b: ["x", "y"] })))), { a: [1, 2], b: ["x", "y"] });
  assert.equal(fromFrame(toFrame([[1, "x"]], { columns: ["n", "s"] })), [[1, "x"]]);
  assert.equal(fromFrame(toFrame([5, 6])), [5, 6]);
  assert.ok(fromFrame(toFrame(tableFromIPC(frameToArrow(toFrame({ a: [1] }))))) instanceof Table);
  assert.equal(rows(toFrame({ a: [1, 2] })), [{ a: 1 }, { a: 2 }]);
});

test("prepareData converts an input object once; a new or resized object converts again", () => {
  const data = Array.from({ length: 50 }, (_, i) => ({ i }));
  const a = prepareData(data);
  const b = prepareData(data);
  assert.is(a, b);
  assert.is(b.bytes, a.bytes);
  data.push({ i: 50 });
  const c = prepareData(data);
  assert.is.not(c, a);
  assert.is(c.frame.rowCount, 51);
  assert.is.not(prepareData([...data]), c);
  assert.is(prepareData([[1]], { columns: ["x"] }).frame.columns[0]!.name, "x");
});

test("frameOf decodes a buffer once, and equal content from another buffer reuses the decode", () => {
  const p = prepareData({ a: [1, 2, 3] });
  assert.is(frameOf(p.bytes), p.frame);
  const copy = p.bytes.slice();
  const f1 = frameOf(copy);
  assert.equal(f1.columns[0]!.values, [1, 2, 3]);
  assert.is(frameOf(p.bytes.slice()), f1);
});

test("hashValue of a message with big bytes: by content, and the same buffer is hashed once", () => {
  const p = prepareData({ n: Array.from({ length: 5000 }, (_, i) => i) });
  assert.ok(p.bytes.length >= 4096);
  const h = hashValue({ dataframe: { data: p.bytes } });
  assert.is(hashValue({ dataframe: { data: p.bytes.slice() } }), h, "same content, another buffer: same hash");
  const other = p.bytes.slice();
  other[other.length - 20] ^= 1;
  assert.is.not(hashValue({ dataframe: { data: other } }), h);
  // Remembered per buffer: the same buffer changed in place (which messages never do) keeps its first hash.
  const mine = p.bytes.slice();
  const before = hashValue({ data: mine });
  mine[mine.length - 20] ^= 1;
  assert.is(hashValue({ data: mine }), before);
});

test.run();
