import { test } from "uvu";
import * as assert from "uvu/assert";
import { MemorySessionStore } from "../../../src/session/store.ts";
import { listener, session } from "./helpers.ts";

test("a session idle for longer than the TTL is gone; a connected one stays", () => {
  let now = 1_000_000;
  const store = new MemorySessionStore(60, () => now);
  const idle = session(() => {});
  const held = session(() => {});
  Object.assign(held, { id: "h".repeat(32) });
  store.add(idle, { browser: "b" });
  store.add(held, { browser: "b" });
  held.attach(listener("stream"), 0);
  idle.lastActivity = held.lastActivity = now;
  now += 59_000;
  assert.is(store.get(idle.id), idle);
  now += 2_000;
  assert.is(store.get(idle.id), undefined);
  assert.is(store.get(held.id), held, "an open stream keeps its session");
  assert.is(store.size, 1);
});

test("delete and all", () => {
  const store = new MemorySessionStore(60);
  const s = session(() => {});
  store.add(s, { browser: "b" });
  assert.equal([...store.all()], [s]);
  store.delete(s.id);
  assert.is(store.get(s.id), undefined);
});

test.run();
