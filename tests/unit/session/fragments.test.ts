// Fragments in a session: a fragment run's event holds only the fragment's patches (and prunes only inside it);
// runEvery timers with a fake clock: only while the stream is connected, never overlapping, stopped with the
// stream, the session, or a full run that no longer calls the fragment.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppSession } from "../../../src/session/session.ts";
import { stFactory, type St } from "../../../src/elements/index.ts";
import type { TimerClock } from "../../../src/session/fragment-timers.ts";
import { listener, recordingRenderer, tick } from "./helpers.ts";

function fakeClock() {
  let next = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  const clock: TimerClock = {
    setTimeout: (fn, ms) => (pending.set(next, { fn, ms }), next++),
    clearTimeout: (h) => void pending.delete(h as number),
  };
  /** Fires every timer due now (as if their interval passed); returns how many fired. */
  const fire = () => {
    const due = [...pending];
    pending.clear();
    for (const [, t] of due) t.fn();
    return due.length;
  };
  return { clock, pending, fire };
}

function make(app: (st: St) => unknown, clock?: TimerClock) {
  return new AppSession("s".repeat(32), app, { eventLogSize: 64, renderer: recordingRenderer, factory: stFactory, clock });
}

test("a fragment run's event holds only the fragment's patches; nodes it no longer draws are pruned, nothing else", async () => {
  let n = 0;
  const s = make(async (st) => {
    st.title("Outside");
    await st.fragment((f) => {
      n++;
      f.text(`n=${n}`);
      if (n === 1) f.text("only first");
    });
    st.text("footer");
  });
  await s.rerun({ widgetStates: null });
  const post = listener("post");
  s.attach(post, s.seq);
  await s.rerun({ widgetStates: null, fragmentId: s.runner.fragments.all()[0]!.id });
  const data = post.events.map((e) => e.data).join("");
  assert.match(data, /~0\.1\.0 /);
  assert.match(data, /-0\.1\.1 /);
  assert.not.match(data, /0\.0|0\.2|~0\.1 /);
  assert.ok(s.tree.get("0.0") && s.tree.get("0.2"), "outside nodes stay");
});

test("runEvery: a timer reruns the fragment only while the stream is connected, and stops with it", async () => {
  const { clock, pending, fire } = fakeClock();
  const runs = { app: 0, fragment: 0 };
  const s = make(async (st) => {
    runs.app++;
    await st.fragment((f) => {
      runs.fragment++;
      f.text(`tick ${runs.fragment}`);
    }, { runEvery: "2s" });
  }, clock);
  await s.rerun({ widgetStates: null });
  assert.is(pending.size, 0, "no stream: no timer");
  const stream = listener("stream");
  const detach = s.attach(stream, s.seq);
  assert.equal([...pending.values()].map((t) => t.ms), [2000]);
  fire();
  await tick();
  assert.equal(runs, { app: 1, fragment: 2 });
  assert.match(stream.events.map((e) => e.data).join(""), /~0\.0\.0 /, "the result goes out on the stream");
  assert.is(pending.size, 1, "armed again after the run");
  detach();
  assert.is(pending.size, 0, "the stream went: the timer stopped");
});

test("runEvery: a slow fragment run never overlaps itself; a busy session skips the tick", async () => {
  const { clock, pending, fire } = fakeClock();
  let release!: () => void;
  let slow = false;
  let fragmentRuns = 0;
  const s = make(async (st) => {
    await st.fragment(async (f) => {
      fragmentRuns++;
      if (slow) await new Promise<void>((r) => (release = r));
      f.text("x");
    }, { runEvery: 1 });
  }, clock);
  await s.rerun({ widgetStates: null });
  s.attach(listener("stream"), s.seq);
  slow = true;
  fire();
  await tick();
  assert.is(fragmentRuns, 2);
  assert.is(pending.size, 0, "no tick is armed while its run is going");
  slow = false;
  release();
  await tick();
  assert.is(pending.size, 1);
  // Another run going when the tick fires: the tick is skipped, the timer re-armed.
  let hold!: () => void;
  const held = new Promise<void>((r) => (hold = r));
  let wait = false;
  const s2 = make(async (st) => {
    await st.fragment((f) => f.text("y"), { runEvery: 1 });
    if (wait) await held;
  }, clock);
  pending.clear();
  await s2.rerun({ widgetStates: null });
  s2.attach(listener("stream"), s2.seq);
  assert.is(pending.size, 1);
  wait = true;
  const first = s2.rerun({ widgetStates: null }); // a user's run, still going when the tick fires
  await tick();
  const before = s2.runner.runCount;
  fire();
  await tick();
  assert.is(s2.runner.runCount, before, "skipped: the session was busy");
  assert.is(pending.size, 1, "re-armed");
  hold();
  await first;
});

test("runEvery: a full run that no longer calls the fragment stops its timer; dispose stops all", async () => {
  const { clock, pending } = fakeClock();
  let show = true;
  const s = make(async (st) => {
    if (show) await st.fragment((f) => f.text("x"), { runEvery: "1m" });
    st.checkbox("c");
  }, clock);
  await s.rerun({ widgetStates: null });
  s.attach(listener("stream"), s.seq);
  assert.is(pending.size, 1);
  show = false;
  await s.rerun({ widgetStates: null });
  assert.is(pending.size, 0);
  show = true;
  await s.rerun({ widgetStates: null });
  assert.is(pending.size, 1);
  s.dispose();
  assert.is(pending.size, 0);
});

test("a fragment id from a post is checked: forged, or with a change outside it, is a full run", async () => {
  const runs = { app: 0 };
  const s = make(async (st) => {
    runs.app++;
    st.checkbox("Outside");
    await st.fragment((f) => f.checkbox("Inside"));
  });
  await s.rerun({ widgetStates: null });
  const id = s.runner.fragments.all()[0]!.id;
  const ws = (label: string, v: boolean) => {
    const def = [...s.state.registry.values()].find((d) => d.label === label)!;
    return { id: def.id, ...def.toState(v) };
  };
  const post = (fragmentId: string, states: object[]) => s.handleBackMsg({ rerunScript: { fragmentId, widgetStates: { widgets: states } } });
  await post(id, [ws("Inside", true), ws("Outside", false)]);
  assert.is(runs.app, 1, "inside only: fragment run");
  await post("frag-forged", [ws("Inside", false), ws("Outside", false)]);
  assert.is(runs.app, 2, "forged id: full run");
  await post(id, [ws("Inside", false), ws("Outside", true)]);
  assert.is(runs.app, 3, "a change outside: full run");
});

test.run();
