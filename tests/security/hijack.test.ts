// Hijack attempts: another browser (another cookie jar) that knows a tab's session id gets nothing from it — not
// its stream, not a post into it, not its page through the no-JS hand-off — and the session id is in no URL.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { FORM, httpTest, openPage, parsePage, rerun, type Client, type Page } from "../http/harness.ts";

const options = () => ({ app: referenceApp().app, config: { server: { runOnSave: true } } });

/** What the victim's session holds: widget values, events, the tab's post counter. */
const stateOf = (c: Client, p: Page) => {
  const s = c.server.sessions.get(p.sessionId)!;
  return JSON.stringify({ values: [...s.state.widgetValues], seq: s.seq, post: s.lastPostSeq, ack: s.clientAck, fps: [...s.tree.nodes].map(([k, n]) => [k, n.fp]) });
};

async function victim(c: Client): Promise<Page> {
  const page = await openPage(c);
  const name = page.nameOf("Your name");
  const r = await rerun(c, page, [[name, "Victim's secret"]], { last: page.lastEventId });
  assert.is(r.status, 200);
  await r.text();
  return page;
}

httpTest("another browser cannot post into a session, even with its id; nothing in it changes", options, async (c) => {
  const page = await victim(c);
  const before = stateOf(c, page);
  const thief = c.otherBrowser();
  await openPage(thief); // the thief has a cookie of its own
  for (const path of ["/_sluice/rerun", "/"]) {
    const res = await rerun(thief, page, [[page.nameOf("Pick a number"), "1"], ["_sluice_seq", "999999"]], { path, last: 0 });
    assert.is(res.status, 403, path);
    const text = await res.text();
    assert.not.match(text, "Victim's secret");
    assert.not.match(text, "squared");
  }
  const bare = await rerun(c.otherBrowser(), page, [[page.nameOf("Pick a number"), "1"]]);
  assert.is(bare.status, 403, "a client with no cookie at all");
  await bare.text();
  assert.is(stateOf(c, page), before, "the session is untouched");
});

httpTest("another browser cannot open a session's stream (answered as an unknown session)", options, async (c) => {
  const page = await victim(c);
  const thief = c.otherBrowser();
  await openPage(thief);
  for (const who of [thief, c.otherBrowser()]) {
    const res = await who.request("/_sluice/stream?after=0", { headers: { "x-sluice-session": page.sessionId } });
    assert.is(res.status, 404);
    assert.not.match(await res.text(), "Victim");
  }
  const own = await c.request("/_sluice/stream?after=0", { headers: { "x-sluice-session": page.sessionId } });
  assert.is(own.status, 200, "the owner's stream works");
  await own.body?.cancel();
});

httpTest("the stream URL carries no session id (it would end up in access logs)", options, async (c) => {
  const page = await openPage(c);
  const url = page.doc.getElementById("sl-stream")!.getAttribute("hx-sse:connect")!;
  assert.not.match(url, page.sessionId);
  const res = await c.request(`/_sluice/stream?session=${page.sessionId}&after=0`);
  assert.is(res.status, 404, "an id in the query string is not taken");
  await res.text();
});

httpTest("the no-JS hand-off cookie gives nothing to another browser", options, async (c) => {
  const page = await victim(c);
  const thief = c.otherBrowser();
  const res = await thief.request("/", { headers: { cookie: `sluice_nojs=${page.sessionId}` } });
  assert.is(res.status, 200);
  const shown = parsePage(await res.text());
  assert.is.not(shown.sessionId, page.sessionId, "the thief gets a session of its own");
  assert.not.match(shown.doc.body.textContent!, "Victim's secret");
  // The owner's own hand-off still works.
  const apply = await c.request("/", { method: "POST", headers: FORM, body: new URLSearchParams([["_sluice_session", page.sessionId], [page.nameOf("Pick a number"), "8"]]).toString() });
  assert.is(apply.status, 303);
  const mine = parsePage(await (await c.request("/")).text());
  assert.is(mine.sessionId, page.sessionId);
  assert.match(mine.doc.body.textContent!, "8 squared is 64");
});

httpTest("another browser cannot join (keep alive) a session", options, async (c) => {
  const page = await openPage(c);
  const res = await c.otherBrowser().request("/_sluice/join", { method: "POST", headers: { "x-sluice-session": page.sessionId } });
  assert.is(res.status, 404);
  await res.text();
});

httpTest("cookies are HttpOnly and SameSite; Secure behind TLS (server.trustProxy and X-Forwarded-Proto)", () => ({ ...options(), config: { server: { trustProxy: true } } }), async (c) => {
  const plain = await c.otherBrowser().request("/");
  const set = plain.headers.get("set-cookie") ?? "";
  await plain.text();
  assert.match(set, /sluice_browser=[0-9a-f]{32}/);
  assert.match(set, /HttpOnly/i);
  assert.match(set, /SameSite=Lax/i);
  assert.not.match(set, /Secure/i, "no Secure over plain http (the cookie would never come back)");
  const tls = await c.otherBrowser().request("/", { headers: { "x-forwarded-proto": "https" } });
  assert.match(tls.headers.get("set-cookie") ?? "", /;\s*Secure/i);
  await tls.text();
});

httpTest("X-Forwarded-Proto is ignored unless server.trustProxy", options, async (c) => {
  const res = await c.otherBrowser().request("/", { headers: { "x-forwarded-proto": "https" } });
  assert.not.match(res.headers.get("set-cookie") ?? "", /Secure/i);
  await res.text();
});

test.run();
