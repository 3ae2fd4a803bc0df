import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/elements/index.ts";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage, parseSse, readUntil, rerun, swapsOf, type Client, type Page } from "./harness.ts";

const options = () => ({ app: referenceApp().app, config: { server: { heartbeatSeconds: 0.05 } } });

async function change(c: Client, page: Page, value: string, last: number) {
  return parseSse(await (await rerun(c, page, [[page.nameOf("Pick a number"), value]], { last })).text());
}
const stream = (c: Client, page: Page, o: { lastEventId?: number; after?: number; signal?: AbortSignal } = {}) =>
  c.request(`/_sluice/stream${o.after !== undefined ? `?after=${o.after}` : ""}`, {
    headers: { "x-sluice-session": page.sessionId, ...(o.lastEventId !== undefined ? { "last-event-id": String(o.lastEventId) } : {}) },
    signal: o.signal,
  });
/** The event with this id has arrived whole (a big event may come in several reads, e.g. when decompressed). */
const hasId = (id: number) => (text: string) => {
  const at = text.indexOf(`id: ${id}\n`);
  return at >= 0 && text.indexOf("\n\n", at) > 0;
};
const waitFor = async (cond: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return cond();
};

httpTest("the stream replays the events after Last-Event-ID", options, async (c) => {
  const page = await openPage(c);
  // Both posts say the tab applied nothing after the page (their responses were lost).
  const a = await change(c, page, "7", page.lastEventId);
  const b = (await change(c, page, "8", page.lastEventId)).filter((e) => e.id! > a.at(-1)!.id!);
  const res = await stream(c, page, { lastEventId: page.lastEventId });
  assert.is(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/event-stream/);
  const text = await readUntil(res, hasId(b.at(-1)!.id!));
  assert.match(text, /^retry: \d+$/m, "tells the browser how soon to reconnect");
  const replayed = parseSse(text).filter((e) => e.id !== undefined && e.data);
  assert.equal(replayed.map((e) => e.id), [...a, ...b].map((e) => e.id));
  assert.equal(replayed.map((e) => e.data), [...a, ...b].map((e) => e.data));
});

httpTest("the stream honours ?after= when there is no Last-Event-ID, and the header wins over it", options, async (c) => {
  const page = await openPage(c);
  const a = await change(c, page, "7", page.lastEventId);
  const b = (await change(c, page, "8", page.lastEventId)).filter((e) => e.id! > a.at(-1)!.id!);
  const viaQuery = parseSse(await readUntil(await stream(c, page, { after: a.at(-1)!.id }), hasId(b.at(-1)!.id!)));
  assert.equal(viaQuery.filter((e) => e.data).map((e) => e.id), b.map((e) => e.id));
  const both = parseSse(await readUntil(await stream(c, page, { after: 0, lastEventId: a.at(-1)!.id }), hasId(b.at(-1)!.id!)));
  assert.equal(both.filter((e) => e.data).map((e) => e.id), b.map((e) => e.id));
});

httpTest("the stream sends a full refresh when the log no longer reaches back", () => ({ ...options(), config: { server: { heartbeatSeconds: 0.05, eventLogSize: 1 } } }), async (c) => {
  const page = await openPage(c);
  let last = page.lastEventId;
  for (const v of ["1", "2", "3"]) last = (await change(c, page, v, page.lastEventId)).at(-1)!.id!;
  const events = parseSse(await readUntil(await stream(c, page, { lastEventId: page.lastEventId }), hasId(last)));
  const refresh = events.find((e) => e.id === last)!;
  const swaps = swapsOf(refresh.data);
  assert.equal(swaps.map((s) => s.target), ["#sl-0-c", "#sl-1-c", "#sl-2-c", "#sl-3-c"]);
  assert.ok(swaps[0]!.el.textContent!.includes("3 squared is 9"));
});

httpTest("the stream does not replay what the tab's posts already acknowledged", options, async (c) => {
  const page = await openPage(c);
  const a = await change(c, page, "7", page.lastEventId);
  const b = await change(c, page, "8", a.at(-1)!.id!); // the tab applied a
  const events = parseSse(await readUntil(await stream(c, page, { lastEventId: page.lastEventId }), hasId(b.at(-1)!.id!)));
  assert.equal(events.filter((e) => e.data).map((e) => e.id), b.map((e) => e.id));
});

httpTest("after posts acknowledged earlier events, a dropped stream reconnects and gets exactly what it missed", options, async (c) => {
  const page = await openPage(c);
  const session = c.server.sessions.get(page.sessionId)!;
  const first = await stream(c, page, { after: page.lastEventId });
  assert.ok(await waitFor(() => session.connected), "the stream is attached");
  const a = await change(c, page, "7", page.lastEventId);
  const b = await change(c, page, "8", a.at(-1)!.id!); // the tab applied a
  assert.is(session.loggedEvents, b.length, "the log dropped what the tab acknowledged");
  session.dropStream();
  await first.text().catch(() => "");
  c.server.reload((st: St) => st.text("while the stream was down"));
  assert.ok(await waitFor(() => session.seq > b.at(-1)!.id!), "the server-initiated run made its events");
  const missed = session.seq;
  // The tab applied b before its stream dropped: it reconnects with Last-Event-ID = b's last id.
  const text = await readUntil(await stream(c, page, { lastEventId: b.at(-1)!.id! }), hasId(missed));
  const replayed = parseSse(text).filter((e) => e.data);
  assert.equal(replayed.map((e) => e.id), Array.from({ length: missed - b.at(-1)!.id! }, (_, i) => b.at(-1)!.id! + 1 + i));
  assert.ok(replayed.some((e) => e.data.includes("while the stream was down")));
  // A full refresh re-renders every root (the sidebar's slot too); a replay only what changed.
  assert.not.ok(replayed.some((e) => swapsOf(e.data).some((s) => s.target === "#sl-1-c")), "replayed, not refreshed");
});

httpTest("a stream that asks from before the acknowledged events gets what follows them, not a refresh", options, async (c) => {
  const page = await openPage(c);
  const a = await change(c, page, "7", page.lastEventId);
  const b = await change(c, page, "8", a.at(-1)!.id!);
  const events = parseSse(await readUntil(await stream(c, page, { lastEventId: 0 }), hasId(b.at(-1)!.id!))).filter((e) => e.data);
  assert.equal(events.map((e) => e.id), b.map((e) => e.id));
});

httpTest("an idle stream stays open and sends heartbeats", options, async (c) => {
  const page = await openPage(c);
  const text = await readUntil(await stream(c, page, { after: page.lastEventId }), (t) => t.includes(": ping"));
  assert.equal(parseSse(text).filter((e) => e.data), [], "nothing to replay");
});

httpTest("a server-initiated run reaches the open stream; closing it detaches the tab", options, async (c) => {
  const page = await openPage(c);
  const session = c.server.sessions.get(page.sessionId)!;
  const aborter = new AbortController();
  const res = await stream(c, page, { after: page.lastEventId, signal: aborter.signal });
  assert.ok(await waitFor(() => session.connected), "the stream is attached");
  c.server.reload((st: St) => st.text("reloaded app"));
  const text = await readUntil(res, (t) => t.includes("reloaded app"));
  const event = parseSse(text).find((e) => e.data.includes("reloaded app"))!;
  assert.is(event.id, page.lastEventId + 1);
  aborter.abort();
  assert.ok(await waitFor(() => !session.connected), "the session knows the tab is gone");
});

test.run();
