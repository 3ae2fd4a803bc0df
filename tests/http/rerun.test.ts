import { test } from "uvu";
import * as assert from "uvu/assert";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage, parseSse, rerun, swapsOf, type Client, type Page } from "./harness.ts";

const options = () => ({ app: referenceApp().app });

/** Posts a rerun and returns its events, checking the response is an event stream. */
async function post(c: Client, page: Page, fields: [string, string][], last = page.lastEventId) {
  const res = await rerun(c, page, fields, { last });
  assert.is(res.status, 200, await res.clone().text());
  assert.match(res.headers.get("content-type")!, /^text\/event-stream/);
  assert.ok(res.headers.get("content-security-policy"));
  return parseSse(await res.text());
}
const targets = (events: { data: string }[]) => events.flatMap((e) => swapsOf(e.data).map((s) => s.target));
const texts = (events: { data: string }[]) => events.map((e) => swapsOf(e.data).map((s) => s.el.textContent).join("|")).join("|");

httpTest("a rerun answers with an event stream of only the changed elements", options, async (c) => {
  const page = await openPage(c);
  const events = await post(c, page, [[page.nameOf("Pick a number"), "7"]]);
  assert.ok(events.length >= 1);
  const ids = events.map((e) => e.id!);
  assert.ok(ids[0]! > page.lastEventId, "ids continue after the page's last event");
  ids.forEach((id, i) => i && assert.ok(id > ids[i - 1]!, "ids increase"));
  assert.equal(targets(events), ["#sl-0-0", "#sl-0-1"], "the slider and its text; none of the 100 static texts, no status for a quick run");
  assert.ok(texts(events).includes("7 squared is 49"));
});

httpTest("an older post that arrives after a newer one is ignored (204), so values never roll back", options, async (c) => {
  const page = await openPage(c);
  const slider = page.nameOf("Pick a number");
  const newer = await rerun(c, page, [[slider, "9"], ["_sluice_seq", "2"]], { last: page.lastEventId });
  assert.ok(texts(parseSse(await newer.text())).includes("9 squared is 81"));
  const older = await rerun(c, page, [[slider, "8"], ["_sluice_seq", "1"]], { last: page.lastEventId });
  assert.is(older.status, 204);
  const next = await rerun(c, page, [[slider, "9"], ["_sluice_seq", "3"]], { last: page.lastEventId });
  const events = parseSse(await next.text());
  assert.not.ok(texts(events).includes("8 squared"), "the ignored post changed nothing");
  assert.is(c.server.sessions.get(page.sessionId)!.lastPostSeq, 3);
  const bad = await rerun(c, page, [["_sluice_seq", "x"]]);
  assert.is(bad.status, 400);
  assert.match(await bad.text(), "_sluice_seq");
});

{
  let open!: () => void;
  const gated = () => ({
    app: async (st: any) => {
      if (st.checkbox("Slow")) {
        st.text("first");
        await new Promise<void>((r) => (open = r));
        st.text("second");
      }
    },
  });
  httpTest("a quick run is answered in one piece; a slow one streams its elements as they come", gated, async (c) => {
    const page = await openPage(c);
    const slow = page.nameOf("Slow");
    const res = await rerun(c, page, [[slow, "0"], [slow, "1"]], { last: page.lastEventId });
    assert.match(res.headers.get("content-type")!, /^text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes("first")) text += decoder.decode((await reader.read()).value, { stream: true });
    assert.not.ok(text.includes("second"), "the first element arrived while the run was still going");
    open();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value, { stream: true });
    assert.ok(text.includes("second"));
    const quick = await rerun(c, page, [[slow, "0"]], { last: page.lastEventId });
    assert.ok(Number(quick.headers.get("content-length")) > 0, "a quick run's answer has a length: one piece");
  });
}

httpTest("an unchanged post sends nothing", options, async (c) => {
  const page = await openPage(c);
  const events = await post(c, page, [[page.nameOf("Pick a number"), "50"]]);
  assert.equal(targets(events), []);
});

httpTest("successive posts get increasing ids and keep the state", options, async (c) => {
  const page = await openPage(c);
  const a = await post(c, page, [[page.nameOf("Your name"), "Ada"]]);
  const b = await post(c, page, [[page.nameOf("Your name"), "Ada"], [page.nameOf("City"), "2"]], a.at(-1)!.id);
  assert.ok(b[0]!.id! > a.at(-1)!.id!);
  assert.ok(texts(b).includes("City: Nairobi"));
  assert.not.ok(texts(b).includes("Hello"), "the name did not change, so its text is not re-sent");
});

httpTest("a button press is true once; the next post without it is false", options, async (c) => {
  const page = await openPage(c);
  const button = page.nameOf("Press me");
  const pressed = await post(c, page, [[button, "1"]]);
  assert.ok(texts(pressed).includes("Pressed now: true; presses: 1"));
  const after = await post(c, page, [], pressed.at(-1)!.id);
  assert.ok(texts(after).includes("Pressed now: false; presses: 1"));
  const again = await post(c, page, [[button, "1"]], after.at(-1)!.id);
  assert.ok(texts(again).includes("presses: 2"));
});

httpTest("an exception in the app shows in place and the next rerun works", options, async (c) => {
  const page = await openPage(c);
  const crash = page.nameOf("Crash");
  const failed = await post(c, page, [[crash, "0"], [crash, "1"]]);
  const alert = failed.flatMap((e) => swapsOf(e.data)).map((s) => s.el.querySelector("[role=alert]")).find(Boolean);
  assert.ok(alert, "an exception element");
  assert.ok(alert!.textContent!.includes("kaboom from the app"));
  assert.ok(texts(failed).includes("The app raised an error"));
  const recovered = await post(c, page, [[crash, "0"], [page.nameOf("Pick a number"), "3"]], failed.at(-1)!.id);
  assert.ok(texts(recovered).includes("3 squared is 9"));
  assert.ok(recovered.flatMap((e) => swapsOf(e.data)).some((s) => s.target === "#" + alert!.closest(".sl-el")!.id), "the exception's node is swapped away");
  assert.not.ok(texts(recovered).includes("The app raised an error"));
});

httpTest("a post with an old _sluice_last gets the missed events again", options, async (c) => {
  const page = await openPage(c);
  const first = await post(c, page, [[page.nameOf("Pick a number"), "7"]]);
  // The browser never applied `first` (a dropped response): its next post still says the page's last id.
  const second = await post(c, page, [[page.nameOf("Pick a number"), "7"], [page.nameOf("City"), "1"]], page.lastEventId);
  const ids = second.map((e) => e.id);
  assert.equal(ids.slice(0, first.length), first.map((e) => e.id), "the missed events come first, with their ids");
  assert.equal(second.slice(0, first.length).map((e) => e.data), first.map((e) => e.data));
  assert.ok(texts(second).includes("City: Lima"));
});

httpTest("a post whose _sluice_last the log no longer reaches gets a full refresh", () => ({ ...options(), config: { server: { eventLogSize: 2 } } }), async (c) => {
  const page = await openPage(c);
  let last = page.lastEventId;
  for (const v of ["1", "2", "3"]) last = (await post(c, page, [[page.nameOf("Pick a number"), v]], last)).at(-1)!.id!;
  const events = await post(c, page, [[page.nameOf("Pick a number"), "4"]], page.lastEventId);
  const refresh = swapsOf(events[0]!.data);
  assert.equal(refresh.map((s) => s.target), ["#sl-0-c", "#sl-1-c", "#sl-2-c", "#sl-3-c"]);
  assert.ok(refresh.every((s) => s.swap === "innerMorph"));
  assert.is(refresh[0]!.el.querySelectorAll(":scope > .sl-el").length, 109, "every element of the main root");
  assert.ok(refresh[0]!.el.textContent!.includes("3 squared is 9"), "the tree as it is now");
  assert.ok(texts(events.slice(1)).includes("4 squared is 16"));
});

test.run();
