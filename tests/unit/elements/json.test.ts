// st.json: a value as pretty-printed JSON; strings are parsed first; what JSON drops is shown, not lost.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("objects, arrays and JSON strings", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.json({ a: 1, b: [1, 2] });
    st.json('{"x": true}');
    st.json("not json");
  }).run();
  assert.equal(at.json.map((j) => j.value), [{ a: 1, b: [1, 2] }, { x: true }, "not json"]);
  assert.is(at.json[0]!.body, '{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ]\n}');
});

test("bigint, undefined, Map, Set and cycles do not throw", async () => {
  const cyclic: Record<string, unknown> = { name: "loop" };
  cyclic.self = cyclic;
  const at = await AppTest.fromFunction((st) => {
    st.json({ big: 10n, u: undefined, m: new Map([["k", 1]]), s: new Set([1, 2]) });
    st.json(cyclic);
    st.json(undefined);
  }).run();
  assert.equal(at.json[0]!.value, { big: "10", u: null, m: { k: 1 }, s: [1, 2] });
  assert.equal(at.json[1]!.value, { name: "loop", self: "[Circular]" });
  assert.is(at.json[2]!.value, null);
  assert.is(at.exception.length, 0);
});

test("expanded: default true, false, or a depth", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.json([]);
    st.json([], { expanded: false });
    st.json([], { expanded: 2 });
  }).run();
  assert.equal(at.json.map((j) => [j.proto.expanded, j.proto.maxExpandDepth]), [[true, 0], [false, 0], [true, 2]]);
});

test.run();
