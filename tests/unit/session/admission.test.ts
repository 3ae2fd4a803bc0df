// The in-memory store's admission: caps, eviction order (never-joined first, then least recently used; never a
// busy session), the unjoined TTL, sweeping before counting, and the memory budget. A fake clock, no server.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { MemorySessionStore, type StoreLimits } from "../../../src/session/store.ts";
import type { AppSession } from "../../../src/session/session.ts";
import { listener, session } from "./helpers.ts";

let n = 0;
function setup(limits: Partial<StoreLimits>) {
  const clock = { now: 1_000_000 };
  const store = new MemorySessionStore({ ttlSeconds: 3600, unjoinedTtlSeconds: 10, ...limits }, () => clock.now);
  const make = (browser = "b", address?: string): AppSession | null => {
    if (store.admit({ browser, address }) > 0) return null;
    const s = session(() => {});
    Object.assign(s, { id: (++n).toString(16).padStart(32, "0"), lastActivity: clock.now });
    store.add(s, { browser, address });
    return s;
  };
  return { store, make, clock };
}

test("when full, a newcomer evicts a never-joined session before a joined one, oldest first", () => {
  const { store, make, clock } = setup({ maxSessions: 3 });
  const joined = make("a")!;
  store.join(joined.id);
  clock.now += 1000;
  const old = make("b")!;
  clock.now += 1000;
  const recent = make("c")!;
  clock.now += 1000;
  assert.ok(make("d"));
  assert.is(store.get(old.id), undefined, "the oldest never-joined session went");
  assert.ok(store.get(recent.id));
  assert.ok(store.get(joined.id), "the joined one, though older, stays");
  const d = [...store.all()].find((s) => s !== joined && s !== recent)!;
  store.join(recent.id);
  store.join(d.id);
  assert.ok(make("e"));
  assert.is(store.get(joined.id), undefined, "once only joined ones are idle, the least recently used goes");
  assert.ok(store.get(recent.id));
});

test("a busy session (open stream) is never evicted; with all busy, admit says when to retry", () => {
  const { store, make } = setup({ maxSessions: 2 });
  const a = make()!;
  const b = make()!;
  a.attach(listener("stream"), 0);
  b.attach(listener("stream"), 0);
  assert.is(store.admit({ browser: "x" }), 10, "retry after the unjoined TTL");
  assert.is(store.size, 2);
});

test("per browser and per address caps evict that client's own sessions only", () => {
  const { store, make } = setup({ maxPerBrowser: 2, maxPerAddress: 3 });
  const other = make("other", "10.0.0.2")!;
  const first = make("me", "10.0.0.1")!;
  make("me", "10.0.0.1");
  make("me", "10.0.0.1");
  assert.is(store.get(first.id), undefined);
  assert.ok(store.get(other.id));
  const fromAddress = [make("x1", "10.0.0.1"), make("x2", "10.0.0.1"), make("x3", "10.0.0.1")];
  assert.ok(fromAddress.every(Boolean));
  assert.is([...store.all()].filter((s) => s !== other).length, 3, "one address holds at most 3");
  assert.ok(store.get(other.id), "another address is untouched");
});

test("a never-joined session expires after the unjoined TTL; joining gives it the full TTL", () => {
  const { store, make, clock } = setup({});
  const a = make()!;
  const b = make()!;
  store.join(b.id);
  clock.now += 11_000;
  assert.is(store.get(a.id), undefined);
  assert.ok(store.get(b.id));
});

test("a full store sweeps expired sessions before counting, even within a second of the last sweep", () => {
  const { store, make, clock } = setup({ maxSessions: 2, unjoinedTtlSeconds: 0.5 });
  make();
  make();
  store.get("none"); // a sweep now
  clock.now += 600; // both expired, but the last sweep was 600 ms ago
  assert.ok(make());
  assert.is(store.size, 1, "both expired sessions were swept, not just one evicted to make room");
});

test("the memory budget evicts least recently used idle sessions; a new session counts at once", () => {
  const { store, make, clock } = setup({ maxBytes: 5 * 20_000 });
  const made: AppSession[] = [];
  for (let i = 0; i < 10; i++) {
    const s = make()!;
    s.byteEstimate = () => 20_000;
    made.push(s);
    clock.now += 10;
  }
  assert.ok(store.size <= 6, `${store.size} sessions of 20 kB within a 100 kB budget`);
  assert.ok(store.totalBytes <= 120_000);
  assert.is(store.get(made[0]!.id), undefined, "the oldest went first");
  assert.ok(store.get(made[9]!.id));
});

test.run();
