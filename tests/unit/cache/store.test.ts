// MemoryCacheStore and ResourceStore: LRU by bytes across functions, maxEntries per function, ttl, clear, stats.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MemoryCacheStore } from "../../../src/cache/store.ts";
import { ResourceStore } from "../../../src/cache/resources.ts";

const bytes = (n: number) => new Uint8Array(n);

test("past maxBytes the least recently used entries go, whatever function they belong to", () => {
  const s = new MemoryCacheStore({ maxBytes: 100 });
  s.set("a", bytes(40), { group: "f" });
  s.set("b", bytes(40), { group: "g" });
  assert.ok(s.get("a")); // a is now the most recently used
  s.set("c", bytes(40), { group: "f" });
  assert.is(s.get("b"), undefined);
  assert.ok(s.get("a"));
  assert.ok(s.get("c"));
  assert.equal(s.stats(), { entries: 2, bytes: 80 });
  s.set("huge", bytes(101), { group: "f" });
  assert.is(s.get("huge"), undefined, "a value bigger than the whole store is not kept");
  assert.equal(s.stats(), { entries: 2, bytes: 80 });
});

test("maxEntries is per function; replacing an entry keeps the byte count right", () => {
  const s = new MemoryCacheStore();
  for (const k of ["1", "2", "3"]) s.set(k, bytes(10), { group: "f", maxEntries: 2 });
  s.set("x", bytes(10), { group: "g", maxEntries: 2 });
  assert.equal(s.stats("f"), { entries: 2, bytes: 20 });
  assert.is(s.get("1"), undefined);
  s.set("2", bytes(5), { group: "f", maxEntries: 2 });
  assert.equal(s.stats("f"), { entries: 2, bytes: 15 });
  assert.equal(s.stats(), { entries: 3, bytes: 25 });
});

test("ttl, delete, clear(group), clear()", () => {
  let now = 0;
  const s = new MemoryCacheStore({ now: () => now });
  s.set("a", bytes(1), { group: "f", ttlMs: 1000 });
  s.set("b", bytes(1), { group: "f" });
  s.set("c", bytes(1), { group: "g" });
  now = 1000;
  assert.is(s.get("a"), undefined);
  assert.equal(s.stats("f"), { entries: 1, bytes: 1 });
  s.delete("b");
  assert.equal(s.stats("f"), { entries: 0, bytes: 0 });
  s.set("b", bytes(1), { group: "f" });
  s.clear("f");
  assert.equal(s.stats(), { entries: 1, bytes: 1 });
  s.clear();
  assert.equal(s.stats(), { entries: 0, bytes: 0 });
  s.maxBytes = 2; // resizable (config runner.cacheDataMaxBytes)
  s.set("d", bytes(3), { group: "f" });
  assert.is(s.get("d"), undefined);
});

test("ResourceStore: the value itself, LRU per function, ttl, clear", () => {
  let now = 0;
  const r = new ResourceStore(() => now);
  const conn = { open: true };
  r.set("f", "1", conn, false, 0, 2);
  r.set("f", "2", {}, false, 0, 2);
  assert.is(r.get("f", "1")!.value, conn);
  r.set("f", "3", {}, true, 500, 2);
  assert.is(r.get("f", "2"), undefined, "2 was the least recently used");
  assert.is(r.entries("f"), 2);
  now = 500;
  assert.is(r.get("f", "3"), undefined);
  r.clear("f");
  assert.is(r.entries("f"), 0);
});

test.run();
