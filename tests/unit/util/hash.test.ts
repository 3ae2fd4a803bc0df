import { test } from "uvu";
import * as assert from "uvu/assert";
import { sluice } from "../../../src/gen/proto.js";
import { hashValue } from "../../../src/util/hash.ts";

test("hashValue: equal data gives equal hashes, whatever order the fields were set in", () => {
  assert.is(hashValue({ a: 1, b: "x", c: { d: [1, 2] } }), hashValue({ c: { d: [1, 2] }, b: "x", a: 1 }));
  assert.is(hashValue({ slider: { label: "n", value: [3] } }), hashValue({ slider: { value: [3], label: "n" } }));
});

test("hashValue: null, undefined and an empty list are unset; zero, false and empty text are not", () => {
  const base = hashValue({ a: 1 });
  assert.is(hashValue({ a: 1, b: null }), base);
  assert.is(hashValue({ a: 1, b: undefined }), base);
  assert.is(hashValue({ a: 1, b: [] }), base);
  for (const b of [0, false, "", {}]) assert.is.not(hashValue({ a: 1, b }), base, `b: ${JSON.stringify(b)} counted as unset`);
});

test("hashValue: any change of a value, a name or a position changes the hash", () => {
  const base = hashValue({ x: { body: "hello", n: 1, on: true, list: ["ab", "c"] } });
  const changed = [
    { x: { body: "hellO", n: 1, on: true, list: ["ab", "c"] } },
    { x: { body: "hello", n: 2, on: true, list: ["ab", "c"] } },
    { x: { body: "hello", n: 1, on: false, list: ["ab", "c"] } },
    { x: { body: "hello", n: 1, on: true, list: ["a", "bc"] } },
    { x: { body: "hello", n: 1, on: true, list: ["c", "ab"] } },
    { x: { body: "hello", n: 1, on: true, list: ["ab", "c", ""] } },
    { x: { text: "hello", n: 1, on: true, list: ["ab", "c"] } },
    { y: { body: "hello", n: 1, on: true, list: ["ab", "c"] } },
    { x: { body: "hello", n: "1", on: true, list: ["ab", "c"] } },
    { x: { body: "hello", n: 1, on: true, list: ["ab", "c"] }, z: 0 },
  ];
  for (const c of changed) assert.is.not(hashValue(c), base, JSON.stringify(c));
});

test("hashValue: numbers that print alike stay apart (NaN, ±Infinity, null, -0, a bigint)", () => {
  const hs = [NaN, Infinity, -Infinity, 0, -0, 1, 1n].map((v) => hashValue({ v }));
  hs.push(hashValue({ v: null }));
  assert.is(new Set(hs).size, hs.length);
});

test("hashValue: a seed separates equal data (an element and a block)", () => {
  assert.is.not(hashValue({}, 0), hashValue({}, 1));
});

test("hashValue: bytes are hashed by content", () => {
  assert.is(hashValue({ b: new Uint8Array([1, 2, 3]) }), hashValue({ b: new Uint8Array([0, 1, 2, 3, 4]).subarray(1, 4) }));
  assert.is.not(hashValue({ b: new Uint8Array([1, 2, 3]) }), hashValue({ b: new Uint8Array([1, 2, 4]) }));
});

test("hashValue: a decoded message hashes as the data it holds (defaults on its prototype are not fields)", () => {
  const plain = { slider: { id: "s", label: "n", value: [3, 7], max: 9 } };
  const decoded = sluice.Element.decode(sluice.Element.encode(plain).finish());
  assert.is(hashValue(decoded), hashValue(plain));
});

test("hashValue: a 53-bit number, the same on every call", () => {
  const h = hashValue({ text: { body: "x" } });
  assert.ok(Number.isSafeInteger(h) && h >= 0);
  assert.is(hashValue({ text: { body: "x" } }), h);
});

test.run();
