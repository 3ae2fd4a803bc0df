// cacheData: hits and misses, a copy per hit, sync stays sync, async values kept once resolved (not rejections),
// concurrent misses computed once, ttl, maxEntries, clearing, and values it refuses to store.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cacheData, createCacheHost, UnserializableReturnValueError } from "../../../src/index.ts";
import { bindCacheHost } from "../../../src/cache/host.ts";
import { processCacheHost } from "../../../src/cache/host.ts";
import { runScope } from "../../../src/script/scope.ts";

test("a second call with equal arguments is a hit; a copy each time", async () => {
  let calls = 0;
  const load = cacheData((n: number) => (calls++, { n, rows: [1, 2, 3] }));
  const a = load(1);
  const b = load(1);
  assert.is(calls, 1);
  assert.equal(a, b);
  assert.is.not(a, b);
  b.rows.push(4);
  assert.equal(load(1).rows, [1, 2, 3]);
  load(2);
  assert.is(calls, 2);
  assert.equal(await load.stats(), { hits: 2, misses: 2, entries: 2, bytes: (await load.stats()).bytes });
  assert.ok((await load.stats()).bytes > 0);
});

test("a sync function stays sync; an async one resolves on hits too", async () => {
  const sync = cacheData((x: string) => x + "!");
  assert.is(sync("a"), "a!");
  assert.is(sync("a"), "a!");
  const asyncFn = cacheData(async (x: string) => x + "?");
  const p1 = asyncFn("a");
  assert.instance(p1, Promise);
  assert.is(await p1, "a?");
  const p2 = asyncFn("a");
  assert.instance(p2, Promise);
  assert.is(await p2, "a?");
  assert.is((await asyncFn.stats()).hits, 1);
});

test("concurrent misses of one entry compute once; each caller gets its own copy", async () => {
  let calls = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const slow = cacheData(async (k: string) => {
    calls++;
    await gate;
    return { k };
  });
  const all = [slow("x"), slow("x"), slow("x")];
  release();
  const out = await Promise.all(all);
  assert.is(calls, 1);
  assert.equal(out, [{ k: "x" }, { k: "x" }, { k: "x" }]);
  assert.is.not(out[1], out[2]);
});

test("a rejection or a throw is not cached", async () => {
  let calls = 0;
  const flaky = cacheData(async (k: string) => {
    if (calls++ === 0) throw new Error("boom");
    return k;
  });
  await flaky("a").then(() => assert.unreachable(), (e: Error) => assert.is(e.message, "boom"));
  assert.is(await flaky("a"), "a");
  assert.is(calls, 2);
  let n = 0;
  const throws = cacheData((k: string) => {
    if (n++ === 0) throw new Error("sync boom");
    return k;
  });
  assert.throws(() => throws("a"), /sync boom/);
  assert.is(throws("a"), "a");
});

test("ttl: an entry expires (in the host bound to the calling run)", async () => {
  let now = 1_000;
  const host = createCacheHost({ now: () => now });
  const owner = { sessionId: "t", reportFault() {} };
  bindCacheHost(owner, host);
  let calls = 0;
  const f = cacheData((x: number) => (calls++, x), { ttl: "10m" });
  runScope().run(owner, () => (f(1), f(1)));
  assert.is(calls, 1);
  assert.is((await processCacheHost().data.stats(f.cacheKey)).entries, 0); // the run's own host, not the process's
  now += 599_999;
  runScope().run(owner, () => f(1));
  assert.is(calls, 1);
  now += 2;
  runScope().run(owner, () => f(1));
  assert.is(calls, 2);
});

test("maxEntries keeps the most recently used entries", async () => {
  let calls = 0;
  const f = cacheData((x: number) => (calls++, x), { maxEntries: 2 });
  f(1); f(2); f(1); f(3); // 2 is the least recently used
  assert.is((await f.stats()).entries, 2);
  f(1);
  assert.is(calls, 3);
  f(2);
  assert.is(calls, 4);
});

test("clear(): all entries of one function; clear(args): one; cacheData.clear(): every function", async () => {
  let calls = 0;
  const f = cacheData((x: number) => (calls++, x));
  const g = cacheData((x: number) => (calls++, x * 2));
  f(1); f(2); g(1);
  await f.clear(1);
  assert.is((await f.stats()).entries, 1);
  await f.clear();
  assert.is((await f.stats()).entries, 0);
  assert.is((await g.stats()).entries, 1);
  await cacheData.clear();
  assert.is((await g.stats()).entries, 0);
});

test("a value cacheData cannot copy is a clear error when stored", async () => {
  class Model {}
  const bad = cacheData(() => ({ m: new Model() }));
  assert.throws(() => bad(), (e: unknown) => e instanceof UnserializableReturnValueError && /Model instance/.test((e as Error).message) && /cacheResource/.test((e as Error).message));
  const fnValue = cacheData(async () => [() => 1]);
  await fnValue().then(() => assert.unreachable(), (e: unknown) => assert.instance(e, UnserializableReturnValueError));
});

test("bad options are errors that say what to give", () => {
  assert.throws(() => cacheData(() => 1, { ttl: "soon" }), /ttl "soon".*"10m"/);
  assert.throws(() => cacheData(() => 1, { maxEntries: 0 }), /maxEntries 0/);
});

test.after.each(() => {
  processCacheHost().data.clear();
});

test.run();
