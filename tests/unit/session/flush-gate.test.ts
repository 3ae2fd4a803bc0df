// The async render hook in the session: a flush whose patches need preparing (a fake slow kind: text starting with
// "slow") waits until they are ready; later messages join the held batch; ids stay monotonic; failures do no harm.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Patch } from "../../../src/diff/diff.ts";
import { stFactory, type St } from "../../../src/elements/index.ts";
import { AppSession, type Renderer } from "../../../src/session/session.ts";
import { listener, recordingRenderer, tick } from "./helpers.ts";

const slowTexts = (ps: readonly Patch[]) =>
  ps.flatMap((p) => (p.op === "upsert" && p.type === "text" && String((p.message as any).text?.body).startsWith("slow") ? [p.key] : []));

/** A renderer whose `prepare` holds slow texts until `release()`, recording what it was asked to prepare. */
function slowRenderer(mode: "ok" | "reject" | "throw" = "ok") {
  const asked: string[][] = [];
  const releases: (() => void)[] = [];
  const renderer: Renderer = {
    ...recordingRenderer,
    prepare(ps) {
      const keys = slowTexts(ps);
      if (keys.length === 0) return null;
      asked.push(keys);
      if (mode === "throw") throw new Error("preparer broke");
      return new Promise<void>((resolve, reject) => releases.push(() => (mode === "reject" ? reject(new Error("no")) : resolve())));
    },
  };
  const release = async () => {
    while (releases.length) releases.shift()!();
    await tick();
  };
  return { renderer, asked, release, pending: () => releases.length };
}

const make = (app: (st: St) => unknown, renderer: Renderer) =>
  new AppSession("s".repeat(32), app, { eventLogSize: 16, renderer, factory: stFactory });

test("a batch with a patch being prepared is held until it is ready, then sent as one event", async () => {
  const slow = slowRenderer();
  const s = make((st: St) => {
    st.text("slow chart");
    st.text("plain");
  }, slow.renderer);
  const post = listener("post");
  s.attach(post, 0);
  let done = false;
  const run = s.rerun({ widgetStates: null }).then(() => (done = true));
  await tick();
  assert.equal(slow.asked, [["0.0"]]);
  assert.is(post.events.length, 0, "nothing goes out while the chart is being prepared");
  assert.not.ok(done, "rerun() resolves only once the held events are made");
  await slow.release();
  await run;
  assert.is(post.events.length, 1);
  assert.is(post.events[0]!.data.trim(), "+0.0 +0.1", "both elements, in order, in one event");
  assert.is(post.events[0]!.id, 1);
});

test("messages made while preparing join the held batch; the run's end comes after them; ids stay monotonic", async () => {
  const slow = slowRenderer();
  const s = make(async (st: St) => {
    st.text("slow one");
    await new Promise((r) => setTimeout(r, 15)); // the first stretch flushes (and is held) before the rest comes
    st.text("after");
    await new Promise((r) => setTimeout(r, 15));
    st.text("later");
  }, slow.renderer);
  const post = listener("post");
  s.attach(post, 0);
  const run = s.rerun({ widgetStates: null });
  await new Promise((r) => setTimeout(r, 60)); // the run has finished; its flushes are all held behind the chart
  assert.is(post.events.length, 0);
  await slow.release();
  await run;
  const all = post.events.map((e) => e.data).join("|");
  assert.ok(all.indexOf("+0.0") < all.indexOf("+0.1") && all.indexOf("+0.1") < all.indexOf("+0.2"), all);
  const ids = post.events.map((e) => e.id);
  assert.equal(ids, [...ids].sort((a, b) => a - b));
  assert.is(new Set(ids).size, ids.length);
  assert.is(ids[ids.length - 1], s.seq);
  assert.is(s.tree.nodes.size, 3);
});

test("two patches to prepare in one batch are prepared together, and a second batch waits for its own", async () => {
  const slow = slowRenderer();
  let second = false;
  const s = make((st: St) => {
    st.text(second ? "slow c" : "slow a");
    st.text("slow b");
  }, slow.renderer);
  const post = listener("post");
  s.attach(post, 0);
  const first = s.rerun({ widgetStates: null });
  await tick();
  assert.equal(slow.asked, [["0.0", "0.1"]]);
  await slow.release();
  await first;
  second = true;
  const again = s.rerun({ widgetStates: null });
  await tick();
  assert.equal(slow.asked[1], ["0.0"], "only the changed element is prepared again");
  assert.is(post.events.length, 1);
  await slow.release();
  await again;
  assert.is(post.events.length, 2);
  assert.is(post.events[1]!.data.trim(), "~0.0");
});

test("a preparation that rejects, or a prepare that throws, still sends the patches and the session goes on", async () => {
  for (const mode of ["reject", "throw"] as const) {
    const slow = slowRenderer(mode);
    const errors = console.error;
    console.error = () => {};
    try {
      let n = 0;
      const s = make((st: St) => st.text(`slow ${n++}`), slow.renderer);
      const post = listener("post");
      s.attach(post, 0);
      const run = s.rerun({ widgetStates: null });
      await tick();
      await slow.release();
      await run;
      assert.is(slow.asked.length, 1, mode);
      assert.is(post.events.length, 1, mode);
      assert.is(post.events[0]!.data.trim(), "+0.0", mode);
      const next = s.rerun({ widgetStates: null });
      await tick();
      await slow.release();
      await next;
      assert.is(post.events.length, 2, `${mode}: a later run is sent too`);
    } finally {
      console.error = errors;
    }
  }
});

test("a stop answers once the held events are made", async () => {
  const slow = slowRenderer();
  const s = make((st: St) => st.text("slow"), slow.renderer);
  const post = listener("post");
  s.attach(post, 0);
  void s.rerun({ widgetStates: null });
  await tick();
  let stopped = false;
  const stop = s.handleBackMsg({ stopScript: true }).then(() => (stopped = true));
  await tick();
  assert.not.ok(stopped);
  await slow.release();
  await stop;
  assert.is(post.events.length, 1);
});

test("prepareView prepares the whole tree when a listener will get a full refresh, and not when replay suffices", async () => {
  const slow = slowRenderer();
  const s = make((st: St) => st.text("slow"), slow.renderer);
  const run = s.rerun({ widgetStates: null });
  await tick();
  await slow.release();
  await run;
  assert.is(slow.asked.length, 1);
  await s.prepareView(0); // the log still holds event 1: replay, no refresh
  assert.is(slow.asked.length, 1);
  s.pageRendered(); // the log is emptied
  const view = s.prepareView(0);
  await tick();
  assert.equal(slow.asked[1], ["0.0"], "a refresh of the tree is prepared");
  let ready = false;
  void view.then(() => (ready = true));
  await tick();
  assert.not.ok(ready, "and awaited");
  await slow.release();
  await view;
  const stream = listener("stream");
  s.attach(stream, 0);
  assert.is(stream.events[0]!.data, "refresh:0.0");
});

test.run();
