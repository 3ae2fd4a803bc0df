// st.fragment in the runner: a fragment run reruns only the fragment's body into its block, from the saved
// cursor; the rest of the app is not run and not re-sent; st.rerun scopes; widgets outside a fragment.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { gate, harness, Status } from "./harness.ts";
import { fragmentScope, parseInterval } from "../../../src/script/fragments.ts";
import type { St } from "../../../src/elements/index.ts";

/** The app of most tests: a title, a fragment with a counter button, a footer; counts what ran. */
function counted() {
  const runs = { app: 0, fragment: 0 };
  let extra = 0;
  const app = async (st: St) => {
    runs.app++;
    st.title("Outside");
    const v = await st.fragment((f) => {
      runs.fragment++;
      const n = (st.sessionState.n ??= 0);
      if (f.button("Add")) st.sessionState.n = n + 1;
      f.text(`n=${st.sessionState.n}`);
      for (let i = 0; i < extra; i++) f.text(`extra ${i}`);
      return "value";
    });
    st.text(`footer ${v}`);
  };
  return { runs, app, more: (n: number) => (extra = n) };
}

const paths = (log: ReturnType<typeof harness>["log"], runId: number) =>
  log.filter((r) => r.runId === runId && r.msg.delta).map((r) => r.msg.metadata!.deltaPath!.join("."));

test("a full run runs the fragment as part of the app, in its own block, and returns its value", async () => {
  const c = counted();
  const h = harness(c.app);
  await h.runner.request({ widgetStates: null });
  assert.equal(c.runs, { app: 1, fragment: 1 });
  assert.equal(paths(h.log, 1), ["0.0", "0.1", "0.1.0", "0.1.1", "0.2"]);
  assert.equal(h.elements().map((e) => e[2]), ["Outside", "Add", "n=0", "footer value"]);
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY]);
  assert.is(h.runner.fragments.all().length, 1);
});

test("a fragment run runs only the fragment, writes into its block from index 0, and says so", async () => {
  const c = counted();
  const h = harness(c.app);
  await h.runner.request({ widgetStates: null });
  const id = h.runner.fragments.all()[0]!.id;
  await h.runner.request({ widgetStates: [h.ws("Add", true)], fragmentId: id });
  assert.equal(c.runs, { app: 1, fragment: 2 });
  assert.equal(paths(h.log, 2), ["0.1.0", "0.1.1"]);
  assert.equal(h.elements().filter((e) => e[0] === 2).map((e) => e[2]), ["Add", "n=1"]);
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY, Status.FINISHED_FRAGMENT_RUN_SUCCESSFULLY]);
});

test("a fragment that draws more elements never shifts what follows it", async () => {
  const c = counted();
  const h = harness(c.app);
  await h.runner.request({ widgetStates: null });
  c.more(3);
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  assert.equal(paths(h.log, 2), ["0.1.0", "0.1.1", "0.1.2", "0.1.3", "0.1.4"]);
});

test("an unknown fragment id is a full run", async () => {
  const c = counted();
  const h = harness(c.app);
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: null, fragmentId: "frag-forged" });
  assert.equal(c.runs, { app: 2, fragment: 2 });
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY, Status.FINISHED_SUCCESSFULLY]);
});

test("fragmentScope: only a known fragment holding every changed widget narrows the run", async () => {
  const h = harness(async (st) => {
    st.checkbox("Outside");
    await st.fragment((f) => f.checkbox("Inside"));
  });
  await h.runner.request({ widgetStates: null });
  const id = h.runner.fragments.all()[0]!.id;
  const { fragments } = h.runner;
  assert.is(fragmentScope(fragments, h.state, [h.ws("Inside", true)]), id);
  assert.is(fragmentScope(fragments, h.state, [h.ws("Inside", true)], id), id);
  assert.is(fragmentScope(fragments, h.state, [h.ws("Outside", true)]), "");
  assert.is(fragmentScope(fragments, h.state, [h.ws("Outside", true), h.ws("Inside", true)]), "");
  assert.is(fragmentScope(fragments, h.state, [h.ws("Outside", true)], id), "", "a change outside: full run");
  assert.is(fragmentScope(fragments, h.state, [h.ws("Inside", true)], "frag-forged"), "", "forged id: full run");
  assert.is(fragmentScope(fragments, h.state, [h.ws("Inside", false)]), "", "nothing changed: full run");
});

test("widgets of a fragment that no longer draws them are cleaned up; others keep their values", async () => {
  let show = true;
  const h = harness(async (st) => {
    st.checkbox("Outside", { key: "out" });
    await st.fragment((f) => {
      if (show) f.checkbox("Inner", { key: "in" });
      f.text("body");
    });
  });
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: [h.ws("Outside", true), h.ws("Inner", true)] });
  assert.equal([h.state.user.get("out"), h.state.user.get("in")], [true, true]);
  show = false;
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  assert.is(h.state.user.get("out"), true);
  assert.not.ok(h.state.user.has("in"));
});

test('st.rerun({ scope: "fragment" }) outside a fragment run is an error; inside one it reruns the fragment', async () => {
  let fragmentRuns = 0;
  let appRuns = 0;
  const h = harness(async (st) => {
    appRuns++;
    await st.fragment((f) => {
      fragmentRuns++;
      if (fragmentRuns === 2) st.rerun({ scope: "fragment" });
      f.text("x");
    });
  });
  await h.runner.request({ widgetStates: null });
  assert.is(h.elements().find((e) => e[1] === "exception"), undefined);
  const errorApp = harness((st) => st.rerun({ scope: "fragment" }));
  await errorApp.runner.request({ widgetStates: null });
  assert.match(String(errorApp.elements().find((e) => e[1] === "exception")?.[2]), /scope: "fragment"/);
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  assert.equal([appRuns, fragmentRuns], [1, 3]);
  assert.equal(h.finished(), [0, Status.FINISHED_EARLY_FOR_RERUN, Status.FINISHED_FRAGMENT_RUN_SUCCESSFULLY]);
});

test('st.rerun({ scope: "fragment" }) during a full run is an error too (Streamlit)', async () => {
  const h = harness(async (st) => {
    await st.fragment(() => st.rerun({ scope: "fragment" }));
  });
  await h.runner.request({ widgetStates: null });
  assert.match(String(h.elements().find((e) => e[1] === "exception")?.[2]), /during a fragment rerun/);
});

test("st.rerun() inside a fragment run is a full rerun", async () => {
  let appRuns = 0;
  let fragmentRuns = 0;
  const h = harness(async (st) => {
    appRuns++;
    await st.fragment((f) => {
      fragmentRuns++;
      if (fragmentRuns === 2) st.rerun();
      f.text("x");
    });
  });
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  assert.equal([appRuns, fragmentRuns], [2, 3]);
  assert.equal(h.finished().at(-1), Status.FINISHED_SUCCESSFULLY);
});

test("a widget written outside its fragment's container is an error (Streamlit 1.39)", async () => {
  const h = harness(async (st) => {
    await st.fragment(() => st.sidebar.checkbox("Out there"));
  });
  await h.runner.request({ widgetStates: null });
  assert.match(String(h.elements().find((e) => e[1] === "exception")?.[2]), /outside its fragment/);
});

test("elements written outside the fragment during a fragment run append after the full run's, never overwrite", async () => {
  const h = harness(async (st) => {
    st.sidebar.text("side 0");
    await st.fragment((f) => {
      st.sidebar.text("from fragment");
      f.text("in");
    });
  });
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  assert.equal(paths(h.log, 2), ["1.2", "0.0.0"]);
});

test("an error in a fragment run is shown inside the fragment", async () => {
  let n = 0;
  const h = harness(async (st) => {
    st.text("top");
    await st.fragment((f) => {
      f.text("before");
      if (++n === 2) throw new Error("boom");
    });
    st.text("bottom");
  });
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: null, fragmentId: h.runner.fragments.all()[0]!.id });
  const exc = h.log.find((r) => r.runId === 2 && r.msg.delta?.newElement?.exception);
  assert.equal(exc?.msg.metadata?.deltaPath, [0, 1, 1]);
});

test("nested fragments: the inner one reruns alone; the outer one reruns both", async () => {
  const runs = { outer: 0, inner: 0 };
  const h = harness(async (st) => {
    await st.fragment(async (o) => {
      runs.outer++;
      o.text("outer");
      await o.fragment((i) => {
        runs.inner++;
        i.text("inner");
      });
    });
  });
  await h.runner.request({ widgetStates: null });
  const [outer, inner] = h.runner.fragments.all();
  await h.runner.request({ widgetStates: null, fragmentId: inner!.id });
  assert.equal(runs, { outer: 1, inner: 2 });
  await h.runner.request({ widgetStates: null, fragmentId: outer!.id });
  assert.equal(runs, { outer: 2, inner: 3 });
  assert.equal(paths(h.log, 3), ["0.0.0", "0.0.1", "0.0.1.0"]);
});

test("a full run that no longer calls a fragment forgets it", async () => {
  let show = true;
  const h = harness(async (st) => {
    if (show) await st.fragment((f) => f.text("x"), { runEvery: 5 });
  });
  await h.runner.request({ widgetStates: null });
  assert.is(h.runner.fragments.all()[0]!.runEvery, 5000);
  show = false;
  await h.runner.request({ widgetStates: null });
  assert.is(h.runner.fragments.all().length, 0);
});

test("a fragment request that interrupts a full run becomes a full run (the cut run's part must be redrawn)", async () => {
  const g = gate();
  let slow = false;
  const runs = { app: 0, fragment: 0 };
  const h = harness(async (st) => {
    runs.app++;
    st.text("top");
    if (slow) await g.promise;
    st.text("below the wait");
    await st.fragment((f) => {
      runs.fragment++;
      f.text("in");
    });
  });
  await h.runner.request({ widgetStates: null });
  const id = h.runner.fragments.all()[0]!.id;
  slow = true;
  const full = h.runner.request({ widgetStates: null });
  await new Promise((r) => setTimeout(r, 5));
  slow = false;
  const frag = h.runner.request({ widgetStates: null, fragmentId: id });
  g.open();
  await Promise.all([full, frag]);
  assert.equal(runs, { app: 3, fragment: 2 }, "the interrupted run was redone in full");
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY, Status.FINISHED_EARLY_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]);
});

test("parseInterval: seconds and durations", () => {
  assert.equal([parseInterval(2), parseInterval("5s"), parseInterval("1m"), parseInterval("250ms"), parseInterval(null)], [2000, 5000, 60000, 250, 0]);
  assert.ok(Number.isNaN(parseInterval("soon")));
  assert.ok(Number.isNaN(parseInterval(-1)));
});

test.run();
