// Floods: plain GETs with no cookies (a script, or a cross-site <img>) must not lock later visitors out, and a
// page nobody opens in a browser costs little. Bounded counts, so the suite stays quick.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, rerun } from "../http/harness.ts";
import type { SessionStore } from "../../src/session/store.ts";

/** A small app: what a flood costs is the session, not the script. */
const tiny = (st: St) => {
  const n = st.slider("Pick a number", { minValue: 0, maxValue: 100, value: 50 });
  st.text(`${n} squared is ${n * n}`);
};
const small = (server: Record<string, unknown>) => () => ({ app: tiny, config: { server } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

httpTest("2,000 GETs with no cookies do not lock a new visitor out (the least recently used idle session goes)", small({ maxSessions: 500 }), async (c) => {
  const N = c.mode === "memory" ? 2000 : 600;
  for (let i = 0; i < N; i += 50) {
    const batch = await Promise.all(Array.from({ length: 50 }, () => c.otherBrowser().request("/")));
    for (const r of batch) {
      assert.is(r.status, 200, "every visitor of the flood gets a page too");
      await r.body?.cancel();
    }
  }
  assert.ok(c.server.sessions.size <= 500, `${c.server.sessions.size} sessions held`);
  const visitor = await openPage(c);
  const answer = await rerun(c, visitor, [[visitor.nameOf("Pick a number"), "7"]]);
  assert.is(answer.status, 200, "the new visitor's session works");
  assert.match(await answer.text(), "7 squared is 49");
});

httpTest("a visitor who is using the app is not evicted by a flood", small({ maxSessions: 50 }), async (c) => {
  const visitor = await openPage(c);
  (await rerun(c, visitor, [[visitor.nameOf("Pick a number"), "3"]])).body?.cancel();
  for (let i = 0; i < 200; i++) (await c.otherBrowser().request("/")).body?.cancel();
  const answer = await rerun(c, visitor, [[visitor.nameOf("Pick a number"), "4"]]);
  assert.is(answer.status, 200, "joined sessions are evicted only after every unjoined one");
  assert.match(await answer.text(), "4 squared is 16");
});

httpTest("one browser's many GETs evict its own oldest sessions (server.maxSessionsPerBrowser)", small({ maxSessionsPerBrowser: 5 }), async (c) => {
  const first = await openPage(c);
  for (let i = 0; i < 10; i++) await openPage(c);
  assert.ok(c.server.sessions.size <= 5, `${c.server.sessions.size} sessions for one browser`);
  assert.is(c.server.sessions.get(first.sessionId), undefined, "its least recently used session went");
  const other = c.otherBrowser();
  await openPage(other);
  assert.is(c.server.sessions.size, 6, "another browser is not affected");
});

httpTest("one address's many browsers evict its own oldest sessions (server.maxSessionsPerAddress)", small({ maxSessionsPerAddress: 5 }), async (c) => {
  for (let i = 0; i < 12; i++) (await c.otherBrowser().request("/")).body?.cancel();
  // In memory there is no client address (the runtime passes none): only the node server can tell.
  if (c.mode === "node") assert.ok(c.server.sessions.size <= 5, `${c.server.sessions.size} sessions from one address`);
  else assert.is(c.server.sessions.size, 12);
});

httpTest("when every session is busy, a newcomer gets 429 with Retry-After", small({ maxSessions: 2 }), async (c) => {
  const pages = [await openPage(c), await openPage(c)];
  const streams = await Promise.all(pages.map((p) => c.request("/_sluice/stream", { headers: { "x-sluice-session": p.sessionId } })));
  const res = await c.otherBrowser().request("/");
  assert.is(res.status, 429);
  assert.match(res.headers.get("retry-after") ?? "", /^\d+$/, "429 says when to retry");
  await res.text();
  for (const s of streams) await s.body?.cancel();
});

httpTest("a session no tab joins expires after server.unjoinedSessionTtl; a joined one stays", small({ unjoinedSessionTtl: 0.3 }), async (c) => {
  const ignored = await openPage(c.otherBrowser());
  const joined = await openPage(c);
  const beacon = await c.request("/_sluice/join", { method: "POST", headers: { "x-sluice-session": joined.sessionId } });
  assert.is(beacon.status, 204);
  const nojs = await openPage(c);
  assert.is((await c.request("/_sluice/join.css")).status, 200, "the no-JS page's stylesheet beacon joins this browser's new sessions");
  const late = await openPage(c);
  await sleep(1200); // past the TTL and the store's once-a-second sweep
  const store: SessionStore = c.server.sessions;
  store.get("0".repeat(32)); // any access sweeps
  assert.is(store.get(late.sessionId), undefined, "a session opened after the beacon and never joined expired");
  assert.is(store.get(ignored.sessionId), undefined, "an unjoined session expired");
  assert.ok(store.get(joined.sessionId), "a joined session stays");
  assert.ok(store.get(nojs.sessionId), "a no-JS page's session stays");
  const post = await rerun(c, joined, [[joined.nameOf("Pick a number"), "9"]]);
  assert.is(post.status, 200);
  await post.text();
});

httpTest("a first post joins the session (no JS, no beacon)", small({ unjoinedSessionTtl: 0.3 }), async (c) => {
  const page = await openPage(c);
  (await rerun(c, page, [[page.nameOf("Pick a number"), "2"]])).body?.cancel();
  await sleep(1200);
  assert.ok(c.server.sessions.get(page.sessionId), "a tab that posted has joined");
});

httpTest("a cross-site <img> or fetch of the page creates no session; a cross-site link (a document) does", small({}), async (c) => {
  for (const dest of ["image", "script", "empty", "iframe", "style"]) {
    const res = await c.otherBrowser().request("/", { headers: { "sec-fetch-site": "cross-site", "sec-fetch-dest": dest, "sec-fetch-mode": "no-cors" } });
    assert.is(res.status, 403, dest);
    await res.text();
  }
  assert.is(c.server.sessions.size, 0);
  const link = await c.otherBrowser().request("/", { headers: { "sec-fetch-site": "cross-site", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" } });
  assert.is(link.status, 200);
  await link.text();
  assert.is(c.server.sessions.size, 1);
});

httpTest("server.maxSessionBytes: sessions past the memory budget are evicted, least recently used first", () => ({
  app: (st: { text(s: string): void }) => { for (let i = 0; i < 20; i++) st.text("x".repeat(5000) + i); },
  config: { server: { maxSessionBytes: 600_000 } },
}), async (c) => {
  const first = await openPage(c);
  const one = c.server.sessions.get(first.sessionId)!.byteEstimate();
  assert.ok(one > 100_000, `a session of 20 × 5 kB texts is estimated at ${one} bytes`);
  for (let i = 0; i < 12; i++) await openPage(c.otherBrowser());
  assert.ok(c.server.sessions.size * one <= 600_000 + one, `${c.server.sessions.size} sessions of ~${one} bytes kept`);
  assert.is(c.server.sessions.get(first.sessionId), undefined, "the least recently used session went first");
});

httpTest("HEAD requests (probes, link checkers) get the page's headers and make no session", small({}), async (c) => {
  const before = c.server.sessions.size;
  for (let i = 0; i < 20; i++) {
    const r = await c.otherBrowser().request("/", { method: "HEAD" });
    assert.is(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", "text/html");
    assert.is((await r.text()).length, 0, "no body");
  }
  assert.is(c.server.sessions.size, before, "no session was made");
});

test.run();
