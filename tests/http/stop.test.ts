// The Stop control (Streamlit's Stop button): a real submit button shown while a run is going, posting
// `_sluice_stop`, which the server turns into BackMsg{stopScript}. It stops a run stuck in an await, with htmx
// and without JavaScript; runner.maxRunSeconds stops a runaway run with a message in place.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/index.ts";
import { createApp } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";
import { FORM, httpTest, openPage, parsePage, parseSse, rerun, swapsOf } from "./harness.ts";
import { cookiesOf } from "../cookies.ts";

const stuck = () => ({
  app: async (st: St) => {
    st.checkbox("Go on");
    st.text("before the await");
    await new Promise(() => {});
    st.text("never shown");
  },
  config: { server: { firstPaintMs: 20 } },
});

const running = (c: { server: { sessions: { get(id: string): { runner: { running: boolean } } | undefined } } }, id: string) =>
  c.server.sessions.get(id)!.runner.running;

httpTest("a page sent while its run is going shows a Stop button; a quick page hides it", stuck, async (c) => {
  const page = await openPage(c);
  const stop = page.doc.querySelector("#sl-stopbar button[type=submit][name=_sluice_stop]");
  assert.ok(stop, "a real submit button");
  assert.is(stop!.textContent!.trim(), "Stop");
  assert.not.ok(page.doc.getElementById("sl-stopbar")!.hasAttribute("hidden"));
  assert.ok(running(c, page.sessionId));
});

httpTest("a stop post (htmx) stops a run stuck in `await new Promise(() => {})`", stuck, async (c) => {
  const page = await openPage(c);
  assert.ok(running(c, page.sessionId));
  const res = await rerun(c, page, [[page.nameOf("Go on"), "1"], ["_sluice_stop", "1"]], { last: page.lastEventId });
  assert.is(res.status, 200);
  const text = parseSse(await res.text()).map((e) => swapsOf(e.data).map((s) => s.el.textContent).join("|")).join("|");
  assert.not.ok(running(c, page.sessionId), "the run was stopped");
  assert.ok(text.includes("Updated"), "the stop's answer carries the end of the run");
  const s = c.server.sessions.get(page.sessionId)!;
  assert.ok(s.tree.get("0.1"), "what was drawn stays");
  assert.not.ok(s.tree.get("0.2"));
  assert.not.ok([...s.state.widgetValues.values()].includes(true), "a stop applies no values");
});

httpTest("a plain form post with Stop (no JavaScript) stops the run and shows the page", stuck, async (c) => {
  const page = await openPage(c);
  const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_stop", "1"]]);
  const res = await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(res.status, 303);
  assert.not.ok(running(c, page.sessionId));
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const next = await c.request("/", { headers: { cookie } });
  const html = await next.text();
  assert.match(html, /before the await/);
  assert.match(html, /id="sl-stopbar"[^>]*hidden/, "nothing runs: no Stop button");
});

httpTest(
  "runner.maxRunSeconds stops a runaway run with a clear message in place",
  () => ({ ...stuck(), config: { server: { firstPaintMs: 20 }, runner: { maxRunSeconds: 0.1 } } }),
  async (c) => {
    const page = await openPage(c);
    await new Promise((r) => setTimeout(r, 250));
    assert.not.ok(running(c, page.sessionId));
    const res = await c.request("/_sluice/rerun", {
      method: "POST",
      headers: FORM,
      body: new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", String(page.lastEventId)], ["_sluice_stop", "1"]]).toString(),
    });
    const html = parseSse(await res.text()).map((e) => e.data).join("");
    assert.match(html, /RunTimeoutError/);
    assert.match(html, /stopped after running for 0\.1 s \(runner\.maxRunSeconds is 0\.1\)/);
  },
);

// Real server only: an in-memory request cannot be aborted.
test("a run whose tab went away (its rerun response aborted, no stream) stops after runner.tabGoneSeconds [node]", async () => {
  const server = createApp({ ...stuck(), config: { server: { firstPaintMs: 20 }, runner: { tabGoneSeconds: 0.1 } } });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  try {
    const base = `http://127.0.0.1:${listening.port}`;
    const first = await fetch(base + "/");
    const cookie = cookiesOf(first); // the session is bound to it
    const page = parsePage(await first.text());
    const s = server.sessions.get(page.sessionId)!;
    const abort = new AbortController();
    const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", String(page.lastEventId)], [page.nameOf("Go on"), "1"]]);
    const res = await fetch(base + "/_sluice/rerun", { method: "POST", body: body.toString(), headers: { ...FORM, cookie }, signal: abort.signal });
    assert.is(res.status, 200);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(s.runner.running, "its response is open: the run goes on");
    abort.abort(); // the tab closed
    const until = Date.now() + 2000;
    while (s.runner.running && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    assert.not.ok(s.runner.running, "nothing listens any more: the run stopped");
  } finally {
    for (const s of server.sessions.all()) await s.handleBackMsg({ stopScript: true }); // a stuck run would hold close()
    await listening.close();
  }
});

test.run();
