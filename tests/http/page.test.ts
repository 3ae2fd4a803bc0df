import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, parsePage, parseSse, readUntil } from "./harness.ts";

const options = () => ({ app: referenceApp().app, title: "Reference" });

httpTest("GET / answers 200 with the rendered page", options, async (c) => {
  const res = await c.request("/");
  assert.is(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/html/);
  assert.is(res.headers.get("cache-control"), "no-store");
  const { doc } = parsePage(await res.text());
  assert.is(doc.querySelector("title")!.textContent, "Reference");
  assert.ok(doc.querySelector("form#sl-form[method=post][action='/']"), "a plain form for the no-JS path");
  assert.ok([...doc.querySelectorAll("button[type=submit]")].some((b) => b.textContent!.trim() === "Apply"), "a visible Apply button");
  for (const root of ["sl-0-c", "sl-1-c", "sl-2-c", "sl-3-c"]) assert.ok(doc.getElementById(root), root);
  assert.is(doc.querySelectorAll("#sl-0-c > .sl-el").length, 109, "the page holds every element already (no spinner)");
  const status = doc.getElementById("sl-status")!;
  assert.is(status.getAttribute("role"), "status");
  assert.is(status.getAttribute("aria-live"), "polite");
});

httpTest("the page's CSP forbids inline script, and the page has none", options, async (c) => {
  const res = await c.request("/");
  const csp = res.headers.get("content-security-policy")!;
  assert.ok(csp, "a CSP header");
  const script = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v])).get("script-src")!;
  assert.ok(script, "script-src is set");
  assert.not.ok(script.includes("'unsafe-inline'"));
  assert.is(res.headers.get("x-content-type-options"), "nosniff");
  const { doc } = parsePage(await res.text());
  for (const s of doc.querySelectorAll("script")) assert.ok(s.getAttribute("src"), "every script is external");
  for (const el of doc.querySelectorAll("*")) for (const a of el.attributes) assert.not.ok(/^on/i.test(a.name), `inline handler ${a.name}`);
});

httpTest("each GET / starts a new session with an id of at least 128 random bits", options, async (c) => {
  const a = await openPage(c);
  const b = await openPage(c);
  assert.match(a.sessionId, /^[0-9a-f]{32,}$/);
  assert.is.not(a.sessionId, b.sessionId);
  assert.ok(a.lastEventId >= 1, "the page knows the last event it contains");
  assert.is(c.server.sessions.size, 2);
});

httpTest("every widget on the page is labelled", options, async (c) => {
  const { doc } = await openPage(c);
  const controls = [...doc.querySelectorAll("#sl-form input, #sl-form select, #sl-form textarea")].filter((el) => !["hidden", "submit"].includes(el.getAttribute("type") ?? ""));
  assert.is(controls.length, 4, "slider, selectbox, text input, checkbox");
  for (const el of controls) {
    const label = el.id && doc.querySelector(`label[for="${el.id}"]`);
    const legend = el.closest("fieldset")?.querySelector("legend");
    assert.ok((label && label.textContent!.trim()) || (legend && legend.textContent!.trim()), `control ${el.outerHTML.slice(0, 80)} has a label`);
  }
  const help = [...doc.querySelectorAll("[aria-describedby]")].map((el) => doc.getElementById(el.getAttribute("aria-describedby")!)?.textContent);
  assert.ok(help.includes("Where you are"), "help text is linked");
});

const slowApp = () => ({
  app: async (st: St) => {
    st.title("Right away");
    await new Promise((r) => setTimeout(r, 400));
    st.text("After a while");
  },
  config: { server: { firstPaintMs: 30 } },
});

httpTest("a slow app's page shows its first elements at once and streams the rest", slowApp, async (c) => {
  const t0 = Date.now();
  const page = await openPage(c);
  assert.ok(Date.now() - t0 < 350, "the page did not wait for the whole run");
  assert.ok(page.doc.getElementById("sl-0-c")!.textContent!.includes("Right away"));
  assert.not.ok(page.doc.body.textContent!.includes("After a while"));
  assert.is(page.doc.getElementById("sl-status")!.textContent, "Running…");
  const url = page.doc.getElementById("sl-stream")?.getAttribute("hx-sse:connect");
  assert.ok(url, "the page opens its stream to get the rest");
  assert.match(url!, new RegExp(`^/_sluice/stream\\?after=${page.lastEventId}$`), "the session id is not in the URL");
  const headers = JSON.parse(page.doc.getElementById("sl-stream")!.getAttribute("hx-headers")!);
  assert.is(headers["X-Sluice-Session"], page.sessionId, "the stream names its session in a header");
  const text = await readUntil(await c.request(url!, { headers }), (t) => t.includes("After a while"));
  const events = parseSse(text).filter((e) => e.data);
  assert.ok(events.every((e) => e.id! > page.lastEventId), "nothing the page already has is sent again");
});

httpTest("health answers ok", options, async (c) => {
  const res = await c.request("/_sluice/health");
  assert.is(res.status, 200);
  assert.is(await res.text(), "ok");
});

test.run();
