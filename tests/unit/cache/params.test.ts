// parseParams: parameter names read from a function's source, for the shapes apps write.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseParams } from "../../../src/cache/params.ts";

const names = (fn: Function) => parseParams(fn).map((p) => (p.rest ? "..." : "") + (p.name ?? "{}"));

test("declarations, expressions, async, generators, methods", () => {
  assert.equal(names(function load(a: number, _b: string) { return a + _b; }), ["a", "_b"]);
  assert.equal(names(async function (x: number) { return x; }), ["x"]);
  assert.equal(names(function* gen(_x: number, y: number) { yield y; }), ["_x", "y"]);
  const obj = { fetch(url: string, _client: unknown) { return url; }, async get(id: number) { return id; } };
  assert.equal(names(obj.fetch), ["url", "_client"]);
  assert.equal(names(obj.get), ["id"]);
  assert.equal(names(function () {}), []);
});

test("arrows: bare, parenthesised, async, none", () => {
  assert.equal(names((x: number) => x), ["x"]);
  assert.equal(names(new Function("return x => x")()), ["x"]);
  assert.equal(names(new Function("return async _conn => 1")()), ["_conn"]);
  assert.equal(names(async (a: number, _b: number) => a), ["a", "_b"]);
  assert.equal(names(() => 1), []);
});

test("defaults with commas, brackets, strings, templates and comments", () => {
  const f = new Function(`return function (a = f(1, 2), _b = [3, { c: "),(" }], c = \`\${(1, 2)}\`, /* _x, */ d = ')' // e,
  , _e = 'q,') {}`)();
  assert.equal(names(f), ["a", "_b", "c", "d", "_e"]);
  const g = new Function("return (a = (1, 2), _b = () => 3) => a")();
  assert.equal(names(g), ["a", "_b"]);
});

test("destructured and rest parameters", () => {
  assert.equal(names(({ a, b }: { a: number; b: number }, [c]: number[], ...rest: number[]) => a + b + c + rest.length), ["{}", "{}", "...rest"]);
  assert.equal(names(new Function("return ({ a = 1, b: { c } } = {}, _d) => a")()), ["{}", "_d"]);
  assert.equal(names(new Function("return (..._rest) => 1")()), ["..._rest"]);
});

test("unicode and $ names; a bound or native function has no readable list", () => {
  assert.equal(names(new Function("return ($a, _é, ñ) => 1")()), ["$a", "_é", "ñ"]);
  assert.equal(names(Math.max), []);
  assert.equal(names(function (a: number) { return a; }.bind(null)), []);
});

test.run();
