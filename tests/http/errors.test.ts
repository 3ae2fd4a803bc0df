import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { FORM, httpTest, openPage, parseSse, postChunked, rerun, swapsOf, type Client, type Page } from "./harness.ts";

const options = () => ({ app: referenceApp().app, config: { server: { maxBodyBytes: 512 } } });

/**
 * Moves the slider to 7 (a valid change), sends `bad`, then posts the same values again plus a new name: the
 * session is untouched when the bad request made no event and the last post re-sends only the name input and its text.
 */
async function untouchedAfter(c: Client, bad: (page: Page) => Promise<Response>, status: number, message: RegExp) {
  const page = await openPage(c);
  const slider = page.nameOf("Pick a number");
  const ok = parseSse(await (await rerun(c, page, [[slider, "7"]], { last: page.lastEventId })).text());
  const last = ok.at(-1)!.id!;
  const runs = c.server.sessions.get(page.sessionId)!.runner.runCount;
  const res = await bad(page);
  assert.is(res.status, status);
  assert.match(await res.text(), message);
  assert.not.match(res.headers.get("content-type") ?? "", /event-stream/);
  const session = c.server.sessions.get(page.sessionId)!;
  assert.is(session.runner.runCount, runs, "the app did not run");
  assert.is(session.seq, last, "no event was made");
  const next = parseSse(await (await rerun(c, page, [[slider, "7"], [page.nameOf("Your name"), "Ada"]], { last })).text());
  assert.is(next[0]!.id, last + 1, "ids continue from before");
  const targets = next.flatMap((e) => swapsOf(e.data).map((s) => s.target));
  assert.equal(targets, ["#sl-0-4", "#sl-0-5"], "only the name input and its text changed: the slider is still 7");
}

httpTest("an unknown widget is a 400 naming it, and leaves the session untouched", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [["$$ID-nope", "1"]]), 400, /Unknown widget "\$\$ID-nope"/),
);

// An invalid widget value is not a 4xx: it is an error on that widget (tests/http/validation.test.ts).

httpTest("a post number far ahead of the tab's is a 400 (it would make every later post look stale)", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [["_sluice_seq", "999999999999"]]), 400, /_sluice_seq.*too far ahead/),
);

httpTest("an oversized body is a 413, and leaves the session untouched", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [[p.nameOf("Your name"), "x".repeat(2000)]]), 413, /larger than 512 bytes/),
);

httpTest("an oversized body without a content-length is refused without reading it all", options, (c) =>
  untouchedAfter(
    c,
    async (p) => {
      const total = 64 << 20;
      const r = await postChunked(c, "/_sluice/rerun", `_sluice_session=${p.sessionId}&${encodeURIComponent(p.nameOf("Your name"))}=`, total);
      assert.ok(r.sent < total / 4, `the server stopped reading early (${r.sent} bytes were produced)`);
      return new Response(r.text, { status: r.status, headers: { "content-type": "text/plain" } });
    },
    413,
    /larger than 512 bytes/,
  ),
);

httpTest("a body that is not a form is a 415, and leaves the session untouched", options, (c) =>
  untouchedAfter(
    c,
    (p) => c.request("/_sluice/rerun", { method: "POST", body: JSON.stringify({ _sluice_session: p.sessionId }), headers: { "content-type": "application/json" } }),
    415,
    /form post/,
  ),
);

httpTest("a cross-site post is a 403, and leaves the session untouched", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [[p.nameOf("Pick a number"), "1"]], { headers: { origin: "https://evil.example" } }), 403, /evil\.example/),
);

httpTest("a cross-site post by Fetch Metadata is a 403", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [[p.nameOf("Pick a number"), "1"]], { headers: { "sec-fetch-site": "cross-site" } }), 403, /Cross-site/),
);

httpTest("a cross-site no-JS post to / is a 403 too", options, (c) =>
  untouchedAfter(c, (p) => rerun(c, p, [[p.nameOf("Pick a number"), "1"]], { path: "/", headers: { origin: "https://evil.example" } }), 403, /Cross-site/),
);

httpTest("a duplicated session field is a 400", options, (c) =>
  untouchedAfter(c, (p) => c.request("/_sluice/rerun", { method: "POST", body: `_sluice_session=${p.sessionId}&_sluice_session=${p.sessionId}`, headers: FORM }), 400, /2 times/),
);

httpTest("a missing session field is a 400", options, async (c) => {
  const res = await c.request("/_sluice/rerun", { method: "POST", body: "x=1", headers: FORM });
  assert.is(res.status, 400);
  assert.match(await res.text(), /_sluice_session/);
});

httpTest("an unknown or expired session is not an error: a new session takes over (tests/http/recover.test.ts)", options, async (c) => {
  const res = await rerun(c, { sessionId: "0".repeat(32) }, []);
  assert.is(res.status, 200);
  await res.text();
  assert.is(c.server.sessions.size, 1);
});

httpTest("an unknown stream session is a 404", options, async (c) => {
  const res = await c.request(`/_sluice/stream`, { headers: { "x-sluice-session": "0".repeat(32) } });
  assert.is(res.status, 404);
  await res.text();
});

test.run();
