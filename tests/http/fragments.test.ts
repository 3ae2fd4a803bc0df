// Fragments over HTTP: a change inside a fragment is answered with the fragment's patches only; a forged fragment
// id, a change outside, or a no-JavaScript post reruns the app; a page with a runEvery fragment opens its stream,
// and the timer's runs arrive on it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../src/elements/index.ts";
import { httpTest, openPage, parseSse, readUntil, rerun, swapsOf, type Client, type Page } from "./harness.ts";

const runs = { app: 0, fragment: 0 };
/** An app with an "expensive" part that changes on every full run, and an interactive fragment beside it. */
const options = () => {
  runs.app = runs.fragment = 0;
  return {
    app: async (st: St) => {
      runs.app++;
      st.checkbox("Outside");
      st.markdown(`Expensive part, drawn by run ${runs.app}: ` + "data ".repeat(200));
      await st.fragment((f) => {
        runs.fragment++;
        const n = f.slider("Inside", { minValue: 0, maxValue: 10 });
        f.text(`inside ${n}`);
      });
      st.text("footer");
    },
  };
};

async function post(c: Client, page: Page, fields: [string, string][]) {
  const res = await rerun(c, page, fields, { last: page.lastEventId });
  assert.is(res.status, 200, await res.clone().text());
  const text = await res.text();
  return { text, events: parseSse(text), bytes: new TextEncoder().encode(text).byteLength };
}
const targets = (events: { data: string }[]) => events.flatMap((e) => swapsOf(e.data).map((s) => s.target));

httpTest("a change inside a fragment reruns only it: the answer holds only the fragment's patches, and is smaller", options, async (c) => {
  const page = await openPage(c);
  const inside = page.nameOf("Inside");
  const outside = page.nameOf("Outside");
  assert.equal(runs, { app: 1, fragment: 1 });
  const frag = await post(c, page, [[inside, "4"], [outside, ""]]);
  assert.equal(runs, { app: 1, fragment: 2 }, "the app body did not run");
  assert.equal(targets(frag.events), ["#sl-0-2-0", "#sl-0-2-1"]);
  assert.ok(frag.text.includes("inside 4"));
  const full = await post(c, page, [[inside, "4"], [outside, "1"]]);
  assert.equal(runs, { app: 2, fragment: 3 }, "a change outside reruns the app");
  assert.ok(targets(full.events).includes("#sl-0-1"), "the expensive part is re-sent");
  assert.ok(frag.bytes < full.bytes / 2, `fragment rerun ${frag.bytes} B vs full rerun ${full.bytes} B`);
});

httpTest("a forged or unknown fragment id is a full run; a real one with a change outside it too", options, async (c) => {
  const page = await openPage(c);
  const inside = page.nameOf("Inside");
  await post(c, page, [[inside, "2"], ["_sluice_fragment", "frag-forged"]]);
  assert.is(runs.app, 2, "forged: full run");
  const id = [...c.server.sessions.get(page.sessionId)!.runner.fragments.all()][0]!.id;
  await post(c, page, [[inside, "3"], ["_sluice_fragment", id]]);
  assert.is(runs.app, 2, "the real id, a change inside: fragment run");
  await post(c, page, [[inside, "3"], [page.nameOf("Outside"), "1"], ["_sluice_fragment", id]]);
  assert.is(runs.app, 3, "a change outside it: full run");
});

httpTest("without JavaScript (POST /), a change inside a fragment reruns the app", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Inside"), "6"]], { path: "/" });
  assert.is(res.status, 303);
  assert.equal(runs, { app: 2, fragment: 2 });
});

httpTest("a page without a runEvery fragment opens no stream", options, async (c) => {
  const page = await openPage(c);
  assert.is(page.doc.getElementById("sl-stream"), null);
});

const clock = () => {
  let ticks = 0;
  return {
    app: async (st: St) => {
      st.title("Clock");
      await st.fragment((f) => f.text(`tick ${++ticks}`), { runEvery: 0.05 });
    },
  };
};

httpTest("a runEvery fragment: the page opens its stream, and the timer's runs arrive on it", clock, async (c) => {
  const page = await openPage(c);
  assert.ok(page.doc.getElementById("sl-stream"), "the page opens the tab's stream");
  assert.ok(page.doc.querySelector("[data-sl-run-every='50']"), "the fragment's block says it has a timer");
  const controller = new AbortController();
  const res = await c.request(`/_sluice/stream?after=${page.lastEventId}`, { headers: { "x-sluice-session": page.sessionId }, signal: controller.signal });
  assert.is(res.status, 200);
  const text = await readUntil(res, (t) => /tick 3/.test(t));
  controller.abort();
  const swaps = parseSse(text).flatMap((e) => swapsOf(e.data).map((s) => s.target));
  assert.ok(swaps.length >= 2 && swaps.every((t) => t === "#sl-0-1-0"), `only the fragment's text: ${swaps}`);
  const session = c.server.sessions.get(page.sessionId)!;
  await new Promise((r) => setTimeout(r, 30));
  assert.is(session.timers.size, 0, "the stream closed: no timer");
});

test.run();
