// cacheResource: one shared object per arguments, async values, validate, concurrent misses once, clear.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { cacheResource } from "../../../src/index.ts";

test("every caller gets the same object; arguments make their own entries", async () => {
  let opened = 0;
  const connect = cacheResource((url: string) => ({ url, id: ++opened }));
  const a = connect("db://1");
  assert.is(connect("db://1"), a);
  assert.is.not(connect("db://2"), a);
  assert.is(opened, 2);
  assert.equal(await connect.stats(), { hits: 1, misses: 2, entries: 2, bytes: 0 });
  await connect.clear("db://1");
  assert.is.not(connect("db://1"), a);
  await cacheResource.clear();
  assert.is((await connect.stats()).entries, 0);
});

test("async: concurrent misses open once; a rejection is not kept", async () => {
  let opened = 0;
  const open = cacheResource(async (_n: number) => {
    await new Promise((r) => setTimeout(r, 2));
    if (opened++ === 0) throw new Error("refused");
    return { opened };
  });
  const [x, y] = await Promise.allSettled([open(1), open(1)]);
  assert.is(x.status, "rejected");
  assert.is(y.status, "rejected");
  assert.is(opened, 1);
  const [p, q] = await Promise.all([open(2), open(3)]); // _n is not hashed: one entry
  assert.is(p, q);
  assert.is(opened, 2);
  assert.instance(open(1), Promise);
  assert.is(await open(1), p);
});

test("validate: false drops the value and computes a new one", () => {
  const made: { closed: boolean }[] = [];
  const conn = cacheResource(() => {
    const c = { closed: false };
    made.push(c);
    return c;
  }, { validate: (c) => !c.closed });
  const first = conn();
  assert.is(conn(), first);
  first.closed = true;
  const second = conn();
  assert.is.not(second, first);
  assert.is(made.length, 2);
  assert.is(conn(), second);
});

test.after.each(() => cacheResource.clear());

test.run();
