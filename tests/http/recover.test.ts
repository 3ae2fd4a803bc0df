// Auto-recover (LiveView's): a post for a session that is gone (server restarted, session expired) starts a new
// session with the values the form holds, answers with the new session id and a full refresh, and the tab goes on
// with the new session. Without JavaScript the same post redirects to the new session's page.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { referenceApp } from "../fixtures/apps.ts";
import { FORM, httpTest, openPage, parseSse, rerun, swapsOf } from "./harness.ts";

const options = () => ({ app: referenceApp().app });

httpTest("a post for an unknown session starts a new session whose widgets hold the posted values", options, async (c) => {
  const page = await openPage(c);
  c.server.sessions.delete(page.sessionId); // as after a restart: the id is unknown
  const fields: [string, string][] = [
    [page.nameOf("Pick a number"), "7"],
    [page.nameOf("City"), "2"],
    [page.nameOf("Your name"), "Ada"],
    [page.nameOf("Press me"), "1"],
    ["$$ID-0123456789abcdef-gone", "x"], // a widget the new run does not have: ignored
    ["_sluice_seq", "5"],
  ];
  const res = await rerun(c, page, fields, { last: 40 });
  assert.is(res.status, 200);
  const events = parseSse(await res.text());
  const [fresh] = [...c.server.sessions.all()];
  assert.ok(fresh && fresh.id !== page.sessionId, "a new session");
  assert.is(c.server.sessions.size, 1);
  assert.is(fresh!.lastPostSeq, 5);
  // The tab is told its new session id.
  const swaps = events.flatMap((e) => swapsOf(e.data));
  const idSwap = swaps.find((s) => s.target === "input[name=_sluice_session]");
  assert.ok(idSwap, "the new session id goes to the form");
  assert.is(idSwap!.el.querySelector("input")!.getAttribute("value"), fresh!.id);
  // Ids go on after the tab's last one, and the tab gets a full refresh of the roots, then the run.
  assert.ok(events.filter((e) => e.id).every((e) => e.id! > 40));
  assert.ok(swaps.some((s) => s.target === "#sl-0-c" && s.swap === "innerMorph"), "a full refresh");
  const text = swaps.map((s) => s.el.textContent).join("|");
  assert.ok(text.includes("7 squared is 49"));
  assert.ok(text.includes("City: Nairobi"));
  assert.ok(text.includes("Hello, Ada"));
  assert.ok(text.includes("presses: 1"), "the press that came with the post is not lost");
  // The tab goes on with the new session.
  const next = await rerun(c, { sessionId: fresh!.id }, [[page.nameOf("Pick a number"), "8"], ["_sluice_seq", "6"]], { last: events.at(-1)!.id });
  assert.is(next.status, 200);
  assert.ok(parseSse(await next.text()).some((e) => e.data.includes("8 squared is 64")));
  assert.is(c.server.sessions.size, 1, "no second recovery");
});

httpTest("a value the new run refuses keeps that widget's default; the others are applied", options, async (c) => {
  const page = await openPage(c);
  c.server.sessions.delete(page.sessionId);
  const res = await rerun(c, page, [[page.nameOf("Pick a number"), "1000"], [page.nameOf("Your name"), "Grace"]]);
  assert.is(res.status, 200);
  const text = parseSse(await res.text()).flatMap((e) => swapsOf(e.data)).map((s) => s.el.textContent).join("|");
  assert.ok(text.includes("Hello, Grace"));
  assert.ok(text.includes("50 squared is 2500"));
});

httpTest("without JavaScript, a post for an unknown session redirects to a new session's page with the values", options, async (c) => {
  const page = await openPage(c);
  c.server.sessions.delete(page.sessionId);
  const body = new URLSearchParams([["_sluice_session", page.sessionId], [page.nameOf("Your name"), "Lin"], [page.nameOf("Pick a number"), "3"], ["_sluice_apply", "1"]]);
  const res = await c.request("/", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(res.status, 303);
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const html = await (await c.request("/", { headers: { cookie } })).text();
  const doc = parseHTML(html).document;
  const [fresh] = [...c.server.sessions.all()];
  assert.is(doc.querySelector("input[name=_sluice_session]")!.getAttribute("value"), fresh!.id);
  assert.ok(doc.body.textContent!.includes("Hello, Lin"));
  assert.ok(doc.body.textContent!.includes("3 squared is 9"));
});

test.run();
