// Where a cached call finds its caches: the host bound to the calling run (known through the run scope; without an
// async context, while exactly one run is active), else the process's; a store that answers with promises.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cacheData, createCacheHost, MemoryCacheStore, type CacheStore } from "../../../src/index.ts";
import { bindCacheHost, currentCaller, processCacheHost } from "../../../src/cache/host.ts";
import { runScope, setRunScope } from "../../../src/script/scope.ts";
import { createApp } from "../../../src/server/app.ts";

const owner = (id: string) => ({ sessionId: id, reportFault() {} });

test("the blind scope knows the owner while exactly one run is active, and nobody's while two are", async () => {
  setRunScope(null);
  const a = owner("a"), b = owner("b");
  const ha = createCacheHost(), hb = createCacheHost();
  bindCacheHost(a, ha);
  bindCacheHost(b, hb);
  assert.is(currentCaller().host, processCacheHost(), "outside any run: the process host");
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const seen: unknown[] = [];
  const runA = runScope().run(a, async () => {
    seen.push(currentCaller().host);
    await gate;
    seen.push(currentCaller().host);
  });
  assert.equal(seen, [ha]);
  const runB = runScope().run(b, async () => {
    seen.push(currentCaller().owner);
  });
  await runB;
  release();
  await runA;
  assert.equal(seen, [ha, undefined, ha], "ambiguous while both ran; a's again once b finished");
  assert.is(currentCaller().owner, undefined, "no run is left active");
  runScope().run(a, () => assert.is(currentCaller().host, ha)); // a sync body counts too, and ends at once
  assert.is(currentCaller().owner, undefined);
});

test("createApp sizes the process host from runner.cacheDataMaxBytes, or uses the cache it is given", () => {
  createApp({ app: () => {}, config: { runner: { cacheDataMaxBytes: 12345 } } });
  assert.is((processCacheHost().data as MemoryCacheStore).maxBytes, 12345);
  createApp({ app: () => {} });
  assert.is((processCacheHost().data as MemoryCacheStore).maxBytes, 256 << 20);
});

/** A store that answers later, as a network store would. */
function laterStore(): CacheStore & { gets: number } {
  const mem = new MemoryCacheStore();
  const later = <T>(v: T) => new Promise<T>((r) => setTimeout(() => r(v), 1));
  return {
    gets: 0,
    get(key) {
      this.gets++;
      return later(mem.get(key));
    },
    set: (key, value, o) => later(mem.set(key, value, o)),
    delete: (key) => later(mem.delete(key)),
    clear: (group) => later(mem.clear(group)),
    stats: (group) => later(mem.stats(group)),
  };
}

test("an asynchronous store: calls return promises, concurrent calls compute once, hits are copies", async () => {
  const store = laterStore();
  const host = createCacheHost({ data: store });
  const o = owner("async-store");
  bindCacheHost(o, host);
  let calls = 0;
  const f = cacheData((n: number) => (calls++, { n }));
  const [x, y] = await runScope().run(o, () => {
    const p = f(1);
    assert.instance(p, Promise, "a sync function's call is a promise with such a store");
    return Promise.all([p, f(1)]);
  });
  assert.is(calls, 1);
  assert.equal(x, { n: 1 });
  assert.is.not(x, y);
  const z = await runScope().run(o, () => f(1));
  assert.equal(z, { n: 1 });
  assert.is(calls, 1);
  assert.equal(await f.stats(host), { hits: 2, misses: 1, entries: 1, bytes: (await f.stats(host)).bytes });
  await runScope().run(o, () => f.clear());
  assert.is((await f.stats(host)).entries, 0);
});

test.run();
