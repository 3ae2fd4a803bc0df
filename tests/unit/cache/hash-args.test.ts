// hashArgs: equal arguments give equal keys whatever their key order; different ones differ; "_" parameters are
// skipped; unhashable arguments are UnhashableParamErrors naming the parameter and type; hashFuncs override.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { tableFromArrays } from "apache-arrow";
import { hashArgs } from "../../../src/cache/hash-args.ts";
import { parseParams } from "../../../src/cache/params.ts";
import { UnhashableParamError } from "../../../src/util/errors.ts";

const P = parseParams((a: unknown, b: unknown, _c: unknown) => 0);
const key = (...args: unknown[]) => hashArgs("f", P, args);

test("primitives: each type and value is its own key", () => {
  const values = [undefined, null, true, false, 0, -0, 1, "1", 1n, NaN, Infinity, "", "a", 2 ** 53, 0.1];
  const keys = values.map((v) => key(v, 0));
  assert.is(new Set(keys).size, values.length);
  assert.is(key("a", 1), key("a", 1));
});

test("plain objects: key order does not matter; nesting does", () => {
  assert.is(key({ a: 1, b: [1, { c: 2, d: 3 }] }), key({ b: [1, { d: 3, c: 2 }], a: 1 }));
  assert.is.not(key({ a: 1 }), key({ a: "1" }));
  assert.is.not(key({ a: [1, 2] }), key({ a: [2, 1] }));
  assert.is.not(key({ a: { b: 1 } }), key({ a: { b: 1, c: 1 } }));
  assert.is(key(Object.assign(Object.create(null), { x: 1 })), key({ x: 1 }));
});

test("Map, Set (order-free), Date, RegExp, URL, bigint", () => {
  assert.is(key(new Map([["a", 1], ["b", 2]])), key(new Map([["b", 2], ["a", 1]])));
  assert.is.not(key(new Map([["a", 1]])), key(new Map([["a", 2]])));
  assert.is.not(key(new Map([["a", 1]])), key({ a: 1 }));
  assert.is(key(new Set([1, 2, 3])), key(new Set([3, 2, 1])));
  assert.is.not(key(new Set([1, 2])), key([1, 2]));
  assert.is(key(new Date(5)), key(new Date(5)));
  assert.is.not(key(new Date(5)), key(new Date(6)));
  assert.is.not(key(/a/g), key(/a/i));
  assert.is(key(new URL("https://x.test/a")), key(new URL("https://x.test/a")));
  assert.is.not(key(10n ** 30n), key(10n ** 30n + 1n));
});

test("typed arrays and buffers: by content and element type", () => {
  const a = new Float64Array(1000).map((_, i) => i);
  assert.is(key(a), key(a.slice()));
  const b = a.slice();
  b[999] = -1;
  assert.is.not(key(a), key(b));
  assert.is.not(key(new Uint8Array([1, 2, 3, 4])), key(new Int8Array([1, 2, 3, 4])));
  assert.is(key(new Uint8Array([1, 2, 3, 4, 5]).subarray(1)), key(new Uint8Array([2, 3, 4, 5]))); // unaligned view
  assert.is(key(new Uint8Array([9, 9]).buffer), key(new Uint8Array([9, 9]).buffer));
});

test("Arrow tables: by content", () => {
  const t1 = tableFromArrays({ x: Float64Array.from([1, 2, 3]), y: ["a", "b", "c"] });
  const t2 = tableFromArrays({ x: Float64Array.from([1, 2, 3]), y: ["a", "b", "c"] });
  const t3 = tableFromArrays({ x: Float64Array.from([1, 2, 4]), y: ["a", "b", "c"] });
  assert.is(key(t1), key(t2));
  assert.is.not(key(t1), key(t3));
  const n1 = tableFromArrays({ x: [1, null, 3] as (number | null)[] });
  const n2 = tableFromArrays({ x: [1, 2, 3] });
  assert.is.not(key(n1), key(n2), "nulls count");
});

test("parameters named with a leading _ are not hashed (also a _rest parameter)", () => {
  assert.is(key(1, 2, { conn: 1 }), key(1, 2, { conn: 2 }));
  assert.is(key(1, 2, () => 0), key(1, 2)); // not hashed, so not unhashable either
  const rest = parseParams((a: number, ..._more: unknown[]) => a);
  assert.is(hashArgs("f", rest, [1, Symbol(), () => 0]), hashArgs("f", rest, [1, 2]));
  const free = parseParams(() => 0); // arguments beyond the list (read through `arguments`) are hashed
  assert.is.not(hashArgs("f", free, [1]), hashArgs("f", free, [2]));
  assert.is(key(1), key(1, undefined));
});

test("unhashable: functions, symbols, class instances, cycles — naming the parameter and the type", () => {
  class Client {}
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const cases: [unknown, RegExp][] = [[() => 1, /type function/], [Symbol("s"), /type symbol/], [new Client(), /type Client/],
    [cyclic, /contains itself/], [{ deep: [new Client()] }, /type Client/]];
  for (const [arg, type] of cases) {
    try {
      key(1, arg);
      assert.unreachable("should throw");
    } catch (e) {
      assert.instance(e, UnhashableParamError);
      assert.match((e as Error).message, /argument 'b'/);
      assert.match((e as Error).message, type);
      assert.match((e as Error).message, /in 'f'/);
      assert.is((e as UnhashableParamError).param, "b");
    }
  }
  const shared = { x: 1 };
  assert.ok(key([shared, shared])); // a repeated (not cyclic) object is fine
});

test("hashFuncs by constructor, by name, by typeof", () => {
  class Client {
    readonly url: string;
    constructor(url: string) {
      this.url = url;
    }
  }
  class Sub extends Client {}
  const byCtor = new Map<Function | string, (v: any) => unknown>([[Client, (c: Client) => c.url]]);
  const k = (v: unknown, f = byCtor) => hashArgs("f", P, [v], f);
  assert.is(k(new Client("a")), k(new Client("a")));
  assert.is.not(k(new Client("a")), k(new Client("b")));
  assert.is(k(new Sub("a")), k(new Sub("a")), "a subclass uses its base's function");
  const byName = { Client: (c: Client) => c.url, function: (f: Function) => f.name };
  assert.is(hashArgs("f", P, [new Client("a")], byName), hashArgs("f", P, [new Client("a")], byName));
  assert.is.not(hashArgs("f", P, [function x() {}], byName), hashArgs("f", P, [function y() {}], byName));
  assert.throws(() => hashArgs("f", P, [new Client("a")], new Map([[Client, (c: Client) => c]])), (e: unknown) => e instanceof UnhashableParamError);
});

test.run();
