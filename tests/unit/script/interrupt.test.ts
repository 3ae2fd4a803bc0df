// A newer request interrupts a running script at its next st.* call; the interrupted run draws nothing more,
// ends FINISHED_EARLY_FOR_RERUN, and the next run starts with the newer values.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { gate, harness, Status } from "./harness.ts";

test("a newer request stops the run at its next st.* call", async () => {
  const g = gate();
  const seen: string[] = [];
  const h = harness(async (st) => {
    const n = st.slider("n", { minValue: 0, maxValue: 10 });
    seen.push(`start ${n}`);
    await g.promise;
    seen.push(`resumed ${n}`);
    st.text(`after ${n}`);
    seen.push(`end ${n}`);
  });
  const first = h.runner.request({ widgetStates: null });
  assert.equal(seen, ["start 0"]);
  assert.ok(h.runner.running);
  const second = h.runner.request({ widgetStates: [h.ws("n", [7])] });
  g.open();
  await Promise.all([first, second]);
  // The first run resumed, but its next st.* call threw: its "end" line never ran and its text was never sent.
  assert.equal(seen, ["start 0", "resumed 0", "start 7", "resumed 7", "end 7"]);
  assert.equal(h.finished(), [Status.FINISHED_EARLY_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]);
  assert.equal(h.elements().filter(([, kind]) => kind === "text"), [[2, "text", "after 7"]]);
  assert.is(h.runner.runCount, 2);
  assert.not.ok(h.runner.running);
});

test("code between st.* calls is not interrupted", async () => {
  const g = gate();
  let loops = 0;
  const h = harness(async (st) => {
    st.text("a");
    await g.promise;
    for (let i = 0; i < 1000; i++) loops++;
    st.text("b");
  });
  const first = h.runner.request({ widgetStates: null });
  const second = h.runner.request({ widgetStates: null });
  g.open();
  await Promise.all([first, second]);
  assert.is(loops, 2000);
  assert.equal(h.elements().map(([run, , body]) => `${run}:${body}`), ["1:a", "2:a", "2:b"]);
});

test("an error thrown by an interrupted run is not shown; the next run decides", async () => {
  const g = gate();
  let runs = 0;
  const h = harness(async (st) => {
    runs++;
    st.text("x");
    await g.promise;
    if (runs === 1) {
      try {
        st.text("y");
      } catch {
        throw new Error("cleanup failed"); // the app swallowed the interrupt and threw its own error
      }
    }
  });
  const first = h.runner.request({ widgetStates: null });
  const second = h.runner.request({ widgetStates: null });
  g.open();
  await Promise.all([first, second]);
  assert.equal(h.finished(), [Status.FINISHED_EARLY_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]);
  assert.not.ok(h.elements().some(([, kind]) => kind === "exception"));
});

test("runner.stop() ends the run at its next st.* call and keeps what was drawn", async () => {
  const g = gate();
  const h = harness(async (st) => {
    st.text("before");
    await g.promise;
    st.text("after");
  });
  const done = h.runner.request({ widgetStates: null });
  h.runner.stop();
  g.open();
  await done;
  assert.equal(h.elements().map(([, , b]) => b), ["before"]);
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY]);
});

test("request() resolves when the session is idle", async () => {
  const h = harness((st) => st.text("hi"));
  await h.runner.request({ widgetStates: null });
  assert.not.ok(h.runner.running);
  assert.is(h.runner.ctx, null);
  await h.runner.request({ widgetStates: null });
  const ids = h.log.map((e) => e.msg.newSession?.scriptRunId).filter(Boolean);
  assert.is(ids.length, 2);
  assert.ok(ids[0] && ids[1] && ids[0] !== ids[1], "each run has its own script run id");
});

test.run();
