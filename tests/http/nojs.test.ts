import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp, type Fixture } from "../fixtures/apps.ts";
import { httpTest, openPage, parsePage, rerun } from "./harness.ts";

let fixture: Fixture;
const options = () => ((fixture = referenceApp()), { app: fixture.app });

const cookieOf = (res: Response) => {
  const set = res.headers.get("set-cookie") ?? "";
  const m = /(sluice_nojs=[0-9a-f]+)/.exec(set);
  assert.ok(m, `a handoff cookie in ${set}`);
  return { header: m![1]!, attrs: set.toLowerCase() };
};

httpTest("POST / reruns, redirects 303 with a cookie, and GET / shows that session without rerunning", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Pick a number"), "7"], [page.nameOf("Your name"), "Ada"]], { path: "/" });
  assert.is(res.status, 303);
  assert.is(new URL(res.headers.get("location")!, "http://x").pathname, "/");
  const cookie = cookieOf(res);
  assert.match(cookie.attrs, /httponly/);
  assert.match(cookie.attrs, /samesite=strict/);
  const runs = fixture.runs();
  const after = await c.request("/", { headers: { cookie: cookie.header } });
  assert.is(after.status, 200);
  assert.match(after.headers.get("set-cookie") ?? "", /sluice_nojs=;|max-age=0/i, "the one-shot cookie is cleared");
  const shown = parsePage(await after.text());
  assert.is(fixture.runs(), runs, "the page is the session as it is, not a new run");
  assert.is(shown.sessionId, page.sessionId, "the same session");
  assert.ok(shown.lastEventId > page.lastEventId);
  const body = shown.doc.getElementById("sl-0-c")!.textContent!;
  assert.ok(body.includes("7 squared is 49"));
  assert.ok(body.includes("Hello, Ada"));
  assert.is(shown.doc.querySelector("#sl-0-0 input[type=range]")!.getAttribute("value"), "7", "the slider shows its new value");
  assert.is(c.server.sessions.size, 1, "no second session was made");
});

httpTest("a button pressed without JS counts once", options, async (c) => {
  const page = await openPage(c);
  const first = await rerun(c, page, [[page.nameOf("Press me"), "1"]], { path: "/" });
  const shown = parsePage(await (await c.request("/", { headers: { cookie: cookieOf(first).header } })).text());
  assert.ok(shown.doc.body.textContent!.includes("Pressed now: true; presses: 1"));
  const apply = await rerun(c, page, [["_sluice_apply", "1"]], { path: "/" });
  const again = parsePage(await (await c.request("/", { headers: { cookie: cookieOf(apply).header } })).text());
  assert.ok(again.doc.body.textContent!.includes("Pressed now: false; presses: 1"));
});

httpTest("a stale handoff cookie starts a new session", options, async (c) => {
  const res = await c.request("/", { headers: { cookie: `sluice_nojs=${"0".repeat(32)}` } });
  assert.is(res.status, 200);
  assert.match(parsePage(await res.text()).sessionId, /^[0-9a-f]{32,}$/);
});

// An invalid no-JS value: the error summary and inline errors are in tests/http/validation.test.ts.

test.run();
