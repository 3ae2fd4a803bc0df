// The async render hook's registry and cache (templates/prepare.ts): one render per key across callers, failures
// cached and recorded per element, a byte budget with least-recently-used eviction.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Patch } from "../../../src/diff/diff.ts";
import {
  clearPrepared, configurePrepared, elementPreparers, prepareOnce, preparePatches, preparedStats, preparerError, readPrepared,
} from "../../../templates/prepare.ts";

const quiet = async <T>(fn: () => Promise<T>): Promise<T> => {
  const e = console.error;
  console.error = () => {};
  try {
    return await fn();
  } finally {
    console.error = e;
  }
};

test("prepareOnce renders a key once, shares the promise while it runs, and answers null once cached", async () => {
  clearPrepared();
  let calls = 0;
  const produce = async () => (calls++, "<svg/>");
  const a = prepareOnce("k1", produce);
  const b = prepareOnce("k1", produce);
  assert.ok(a && a === b, "two sessions asking at once share one render");
  await a;
  assert.is(calls, 1);
  assert.equal(readPrepared("k1"), { ok: true, value: "<svg/>" });
  assert.is(prepareOnce("k1", produce), null);
  assert.is(calls, 1);
});

test("a failing render is cached as an error and never rejects", async () => {
  clearPrepared();
  await prepareOnce("bad", async () => {
    throw new Error("spec refused");
  });
  assert.equal(readPrepared("bad"), { ok: false, error: "spec refused" });
  await prepareOnce("bad2", () => {
    throw new Error("sync throw");
  });
  assert.equal(readPrepared("bad2"), { ok: false, error: "sync throw" });
});

test("the cache keeps to its byte budget, evicting the least recently used", async () => {
  clearPrepared();
  configurePrepared({ maxBytes: 3 * (2 * (2 + 100) + 64) });
  try {
    for (const k of ["k1", "k2", "k3"]) await prepareOnce(k, async () => "x".repeat(100));
    assert.is(preparedStats().entries, 3);
    assert.is(prepareOnce("k1", async () => "never"), null, "k1 used again: now the most recent");
    await prepareOnce("k4", async () => "x".repeat(100));
    assert.ok(readPrepared("k1"), "k1 kept");
    assert.not.ok(readPrepared("k2"), "k2, least recently used, evicted");
    assert.ok(preparedStats().bytes <= preparedStats().maxBytes);
    await prepareOnce("huge", async () => "x".repeat(10_000));
    assert.not.ok(readPrepared("huge"), "larger than the budget: not kept (the template renders its fallback)");
  } finally {
    configurePrepared({ maxBytes: 32 << 20 });
  }
});

const patch = (type: string, el: object, delta: "element" | "block" = "element"): Patch =>
  ({ op: "upsert", key: "0.0", path: [0, 0], existed: false, delta, type, message: { [type]: el } }) as Patch;

test("preparePatches runs the registered preparers only, and null when there is nothing to wait for", async () => {
  const seen: unknown[] = [];
  elementPreparers.fakeSlow = (el) => (seen.push(el), new Promise((r) => setTimeout(r, 5)));
  try {
    const el = { spec: "a" };
    assert.is(preparePatches([patch("text", { body: "x" }), { op: "remove", key: "0.1", path: [0, 1] }]), null);
    const ready = preparePatches([patch("text", { body: "x" }), patch("fakeSlow", el), patch("fakeSlow", { spec: "b" }, "block")]);
    assert.ok(ready);
    await ready;
    assert.equal(seen, [el], "one element patch of the kind (blocks are not prepared)");
  } finally {
    delete elementPreparers.fakeSlow;
  }
});

test("a preparer that throws or rejects is recorded for its element, and the promise resolves", async () => {
  elementPreparers.fakeThrow = () => {
    throw new Error("thrown");
  };
  elementPreparers.fakeReject = () => Promise.reject(new Error("rejected"));
  try {
    const a = { n: 1 };
    const b = { n: 2 };
    await quiet(async () => {
      const ready = preparePatches([patch("fakeThrow", a), patch("fakeReject", b)]);
      assert.ok(ready, "the rejecting one is awaited");
      await ready;
    });
    assert.is(preparerError(a), "thrown");
    assert.is(preparerError(b), "rejected");
    assert.is(preparerError({ n: 1 }), undefined);
  } finally {
    delete elementPreparers.fakeThrow;
    delete elementPreparers.fakeReject;
  }
});

test.run();
