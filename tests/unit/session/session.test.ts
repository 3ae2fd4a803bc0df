import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../../src/elements/index.ts";
import { listener, session, tick } from "./helpers.ts";

const counter = (st: St) => {
  st.sessionState.n ??= 0;
  st.text(`n = ${st.sessionState.n}`);
  st.text("static");
};
const bump = (s: ReturnType<typeof session>) => {
  s.state.user.set("n", (s.state.user.get("n") as number) + 1);
  return s.rerun({ widgetStates: null });
};

test("the first run fills the tree; the page shows it and its last event id", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  assert.equal([...s.tree.nodes.keys()].sort(), ["0.0", "0.1"]);
  assert.ok(s.seq >= 1);
  const stream = listener("stream");
  s.attach(stream, s.seq);
  assert.equal(stream.events, [], "a page that has every event gets nothing replayed");
  assert.is(s.refreshEvent().data, "refresh:0.0,0.1");
  assert.is(s.refreshEvent().id, s.seq);
});

test("a synchronous run is one event, and a quick run says nothing in the live region", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  const before = s.seq;
  const post = listener("post");
  s.attach(post, before);
  await bump(s);
  await tick();
  assert.is(s.seq, before + 1);
  assert.is(post.events.length, 1);
  assert.is(post.events[0]!.data.trim(), "~0.0", "only the changed element, not the static one");
});

test("an await in the app flushes what came before it; such a slow run announces Running… then Updated", async () => {
  const s = session(async (st: St) => {
    st.text("first");
    await new Promise((r) => setTimeout(r, 20));
    st.text("second");
  });
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  assert.ok(post.events.length >= 2, `got ${post.events.length} events`);
  assert.ok(post.events[0]!.data.includes("+0.0"));
  assert.not.ok(post.events[0]!.data.includes("0.1"));
  assert.ok(post.events[0]!.data.includes("status:Running…"));
  assert.ok(post.events.at(-1)!.data.endsWith("status:Updated"));
});

test("event ids increase by one across runs", async () => {
  const s = session(counter);
  const post = listener("post");
  s.attach(post, 0);
  for (let i = 0; i < 3; i++) await bump(s);
  await tick();
  const ids = post.events.map((e) => e.id);
  assert.equal(ids, ids.map((_, i) => ids[0]! + i));
  assert.is(ids[ids.length - 1], s.seq);
});

test("attach replays the events after a given id", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  const first = s.seq;
  await bump(s);
  await bump(s);
  const late = listener("stream");
  s.attach(late, first);
  assert.equal(late.events.map((e) => e.id), [first + 1, first + 2]);
  assert.ok(late.events.every((e) => e.data.includes("~0.0")));
});

test("attach sends a full refresh when the log no longer reaches back", async () => {
  const s = session(counter, 2);
  await s.rerun({ widgetStates: null });
  for (let i = 0; i < 4; i++) await bump(s);
  const late = listener("stream");
  s.attach(late, 1);
  assert.is(late.events.length, 1);
  assert.equal(late.events[0], { id: s.seq, data: "refresh:0.0,0.1" });
});

test("the newest post gets the events; older posts are closed", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  const older = listener("post");
  const newer = listener("post");
  s.attach(older, s.seq);
  s.attach(newer, s.seq);
  assert.ok(older.closed);
  assert.not.ok(newer.closed);
  await bump(s);
  assert.is(older.events.length, 0);
  assert.is(newer.events.length, 1);
});

test("without a post, the tab's stream gets the events; a detached post stops getting them", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  const stream = listener("stream");
  s.attach(stream, s.seq);
  const post = listener("post");
  const detach = s.attach(post, s.seq);
  await bump(s);
  assert.is(post.events.length, 1);
  assert.is(stream.events.length, 0);
  detach();
  await bump(s);
  assert.is(post.events.length, 1);
  assert.is(stream.events.length, 1);
  assert.ok(s.connected);
});

test("a newer stream replaces the older one", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  const a = listener("stream");
  const b = listener("stream");
  s.attach(a, s.seq);
  s.attach(b, s.seq);
  assert.ok(a.closed);
  await bump(s);
  assert.equal([a.events.length, b.events.length], [0, 1]);
});

test("a run that removes elements sends the removals", async () => {
  let show = true;
  const s = session((st: St) => {
    st.text("always");
    if (show) st.text("sometimes");
  });
  await s.rerun({ widgetStates: null });
  const post = listener("post");
  s.attach(post, s.seq);
  show = false;
  await s.rerun({ widgetStates: null });
  assert.is(post.events[0]!.data.trim(), "-0.1");
  assert.equal([...s.tree.nodes.keys()], ["0.0"]);
});

test("an app error shows in place and the status says so; the next run works", async () => {
  let fail = true;
  const s = session((st: St) => {
    st.text("before");
    if (fail) throw new Error("boom");
    st.text("after");
  });
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  assert.ok(post.events.at(-1)!.data.includes("status:The app raised an error"));
  assert.is(s.tree.get("0.1")!.type, "exception");
  fail = false;
  await s.rerun({ widgetStates: null });
  assert.is(s.tree.get("0.1")!.type, "text");
  assert.not.ok(post.events.at(-1)!.data.includes("status:"), "a quick successful run clears nothing and says nothing");
});

test("st.setPageConfig: the session keeps the page's title, icon and layout and sends a change once", async () => {
  let title = "Sales";
  const s = session((st: St) => {
    st.setPageConfig({ pageTitle: title, pageIcon: "📈", layout: "wide" });
    st.text("x");
  });
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  assert.equal({ ...s.page }, { title: "Sales", favicon: "📈", layout: "wide", sidebar: false });
  assert.ok(post.events.at(-1)!.data.includes("page:Sales|📈|wide"));
  const before = post.events.length;
  await s.rerun({ widgetStates: null });
  assert.is(post.events.length, before, "the same config again sends nothing");
  title = "Revenue";
  await s.rerun({ widgetStates: null });
  assert.ok(post.events.at(-1)!.data.includes("page:Revenue|📈|wide"));
});

test("the page state follows the sidebar: it shows when it gets content and hides when it loses it", async () => {
  let withSidebar = false;
  const s = session((st: St) => {
    st.text("main");
    if (withSidebar) st.sidebar.text("side");
  });
  const post = listener("post");
  s.attach(post, 0);
  await s.rerun({ widgetStates: null });
  assert.is(s.page.sidebar, false);
  withSidebar = true;
  await s.rerun({ widgetStates: null });
  assert.is(s.page.sidebar, true);
  assert.ok(post.events.at(-1)!.data.includes("page:"), "the page state is sent with the change");
  withSidebar = false;
  await s.rerun({ widgetStates: null });
  assert.is(s.page.sidebar, false);
});

test("flush with nothing batched makes no event", () => {
  const s = session(counter);
  s.flush();
  assert.is(s.seq, 0);
});

test("the log keeps only what the tab has not acknowledged; a stream after the ack replays the rest", async () => {
  const s = session(counter, 64);
  await s.rerun({ widgetStates: null });
  s.pageRendered();
  for (let i = 0; i < 20; i++) await bump(s);
  assert.is(s.loggedEvents, 20, "nothing acknowledged yet");
  const applied = s.seq - 3;
  s.clientAck = applied; // a post said the tab applied everything up to here
  assert.is(s.loggedEvents, 3);
  const stream = listener("stream");
  s.attach(stream, s.clientAck);
  assert.equal(stream.events.map((e) => e.id), [applied + 1, applied + 2, applied + 3]);
  assert.ok(stream.events.every((e) => e.data.includes("~0.0")));
});

test("an acknowledgement only grows, and never past the last event made", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  await bump(s);
  const seq = s.seq;
  s.clientAck = seq;
  s.clientAck = seq - 1;
  assert.is(s.clientAck, seq);
  s.clientAck = seq + 1000; // a forged _sluice_last
  assert.is(s.clientAck, seq);
  await bump(s);
  const post = listener("post");
  s.attach(post, s.clientAck);
  assert.equal(post.events.map((e) => e.id), [seq + 1], "the next event still replays");
});

test("asking from before what the log still holds gives one full refresh", async () => {
  const s = session(counter);
  await s.rerun({ widgetStates: null });
  for (let i = 0; i < 3; i++) await bump(s);
  s.clientAck = s.seq - 1;
  const stream = listener("stream");
  s.attach(stream, 0);
  assert.equal(stream.events.map((e) => e.data), [`refresh:0.0,0.1`]);
  assert.is(stream.events[0]!.id, s.seq);
});

test.run();
