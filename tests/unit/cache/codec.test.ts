// The cacheData codec: every kind of value it keeps comes back equal and unshared (shared and cyclic references
// stay shared within the copy); values with behaviour are refused with the path to them.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tableFromArrays, Table } from "apache-arrow";
import { CodecError, decodeValue, encodeValue, valueFlags } from "../../../src/cache/codec.ts";

const round = <T>(v: T): T => decodeValue(encodeValue(v)) as T;

test("primitives, including the ones JSON loses", () => {
  for (const v of ["", "a\u0000é😀", 0, 1.5, -7, true, false, null, 2n ** 70n, -(2n ** 70n), 0n]) assert.equal(round(v), v);
  assert.ok(Number.isNaN(round(NaN)));
  assert.is(round(Infinity), Infinity);
  assert.is(round(-Infinity), -Infinity);
  assert.ok(Object.is(round(-0), -0));
  assert.is(round(undefined), undefined);
  assert.equal(round({ a: undefined }), { a: undefined });
});

test("containers and built-ins", () => {
  const v = {
    list: [1, "two", [3], { four: 4 }],
    map: new Map<unknown, unknown>([["k", 1], [{ o: 1 }, [2]]]),
    set: new Set([1, "x"]),
    date: new Date(1_700_000_000_000),
    re: /a+b/gi,
    f64: Float64Array.from([1.5, -2, 3]),
    u8: Uint8Array.from([1, 2, 3]),
    i64: BigInt64Array.from([1n, -2n]),
    buf: Uint8Array.from([9, 8]).buffer,
    view: new Uint8Array([0, 1, 2, 3, 4, 5]).subarray(1, 4), // a view into a bigger buffer: only its bytes
    "__proto__x": 1,
  };
  const out = round(v);
  assert.equal(out, v);
  assert.instance(out.map, Map);
  assert.instance(out.f64, Float64Array);
  assert.equal([...out.view], [1, 2, 3]);
  assert.is(out.view.buffer.byteLength, 3);
  assert.is(out.re.flags, "gi");
});

test("plain objects whose keys look like the codec's tags come back as they were", () => {
  const v = { $: "u", nested: [{ $: "R", v: 0 }, { $: "n", v: "NaN" }], e: { $: "o" } };
  assert.equal(round(v), v);
});

test("a __proto__ key stays an own key", () => {
  const v = JSON.parse('{"__proto__": {"polluted": true}}');
  const out = round(v) as Record<string, unknown>;
  assert.ok(Object.hasOwn(out, "__proto__"));
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(Object.getPrototypeOf(out), Object.prototype);
});

test("each decode is a fresh copy; shared and cyclic references stay shared inside it", () => {
  const shared = { n: 1 };
  const v: Record<string, unknown> = { a: shared, b: shared, arr: new Float64Array(4) };
  v.self = v;
  const bytes = encodeValue(v);
  const x = decodeValue(bytes) as typeof v;
  const y = decodeValue(bytes) as typeof v;
  assert.is(x.a, x.b);
  assert.is(x.self, x);
  assert.is.not(x.a, y.a);
  assert.is.not(x.arr, y.arr);
});

test("Arrow tables come back as tables with the same content", () => {
  const t = tableFromArrays({ x: Float64Array.from([1, 2, 3]), y: ["a", "b", "c"] });
  const out = round({ t }).t;
  assert.instance(out, Table);
  assert.is(out.numRows, 3);
  assert.equal(out.getChild("y")!.toArray(), ["a", "b", "c"]);
});

test("flags travel with the bytes", () => {
  assert.is(valueFlags(encodeValue(1, 1)), 1);
  assert.is(valueFlags(encodeValue(1)), 0);
});

test("refused: functions, symbols, class instances — with where they are", () => {
  class Model {}
  const cases: [unknown, RegExp][] = [[() => 1, /the value is a function/], [{ a: [1, Symbol()] }, /the value\.a\[1\] is a symbol/],
    [{ m: new Model() }, /the value\.m is a Model instance/], [new Map([["k", new WeakMap()]]), /the value entry part 1 is a WeakMap instance/]];
  for (const [v, msg] of cases) assert.throws(() => encodeValue(v), (e: unknown) => e instanceof CodecError && msg.test((e as Error).message));
});

test.run();
