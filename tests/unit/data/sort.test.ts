// Server-side ordering and paging: missing values last both ways, ties in their original order, cached per frame.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { toFrame, sortOrder, pageRows, pageCount } from "../../../src/data/index.ts";

const f = toFrame({
  n: [3, null, 1, 2, 1, NaN],
  s: ["b10", "B2", null, "a", "b9", "c"],
  d: [new Date(3), new Date(1), null, new Date(2), new Date(1), new Date(0)],
  ok: [true, false, null, true, false, true],
});

test("numbers: ascending and descending, missing (null, NaN) last either way, ties stable", () => {
  assert.equal([...sortOrder(f, "n", false)], [2, 4, 3, 0, 1, 5]);
  assert.equal([...sortOrder(f, "n", true)], [0, 3, 2, 4, 1, 5]);
});

test("strings sort by a numeric, case-insensitive collation; dates by time; booleans false first", () => {
  assert.equal([...sortOrder(f, "s", false)], [3, 1, 4, 0, 5, 2]);
  assert.equal([...sortOrder(f, "d", false)], [5, 1, 4, 3, 0, 2]);
  assert.equal([...sortOrder(f, "ok", false)], [1, 4, 0, 3, 5, 2]);
});

test("an unknown column keeps the original order; orders are cached per frame", () => {
  assert.equal([...sortOrder(f, "nope", false)], [0, 1, 2, 3, 4, 5]);
  assert.is(sortOrder(f, "n", false), sortOrder(f, "n", false));
});

test("pages", () => {
  assert.equal(pageRows(25, null, 2, 10), [20, 21, 22, 23, 24]);
  assert.equal(pageRows(6, sortOrder(f, "n", false), 1, 4), [1, 5]);
  assert.equal([pageCount(0, 10), pageCount(10, 10), pageCount(11, 10)], [1, 1, 2]);
});

test.run();
