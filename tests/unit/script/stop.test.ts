// Stopping runs from outside: Stop ends a run even when it is stuck in an await (the runner abandons it), an
// abandoned run can never write into a newer one, runner.maxRunSeconds stops a runaway run with a message in
// place, a run whose tab is gone stops by itself, and a fault traced to the session is shown in it.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { stFactory, type St } from "../../../src/elements/index.ts";
import { ScriptRunner, type RunnerLimits } from "../../../src/script/runner.ts";
import { SessionState } from "../../../src/script/state.ts";
import { gate, Status, type Recorded } from "./harness.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function runner(app: (st: St) => unknown, limits: RunnerLimits = {}) {
  const log: Recorded[] = [];
  const r = new ScriptRunner(app, new SessionState(), stFactory, (msg, ctx) => log.push({ runId: ctx.runId, msg }), limits);
  const elements = () =>
    log.filter((e) => e.msg.delta?.newElement).map((e) => {
      const el = e.msg.delta!.newElement!;
      return `${e.runId}:${el.text?.body ?? (el.exception ? `${el.exception.type}: ${el.exception.message}` : "?")}`;
    });
  const finished = () => log.filter((e) => e.msg.scriptFinished != null).map((e) => e.msg.scriptFinished);
  const paths = () => log.filter((e) => e.msg.delta).map((e) => `${e.runId}:${e.msg.metadata!.deltaPath!.join(".")}`);
  return { r, log, elements, finished, paths };
}

/** Resolves with "settled", or "pending" if `p` has not settled within `ms`. */
const within = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => "settled"), sleep(ms).then(() => "pending")]);

test("Stop ends a run stuck in `await new Promise(() => {})`, and the session runs again after", async () => {
  let runs = 0;
  const h = runner(async (st) => {
    runs++;
    st.text(`run ${runs}`);
    if (runs === 1) await new Promise(() => {});
  });
  const first = h.r.request({ widgetStates: null });
  assert.is(await within(first, 30), "pending", "the run is stuck");
  assert.is(await within(h.r.stop(), 200), "settled");
  assert.is(await within(first, 10), "settled");
  assert.not.ok(h.r.running);
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY]);
  await h.r.request({ widgetStates: null });
  assert.equal(h.elements(), ["1:run 1", "2:run 2"]);
});

test("Stop ends `for (;;) await sleep(1)`; a loop that calls st.* stops running at its next call", async () => {
  let ticks = 0;
  const h = runner(async (st) => {
    for (;;) {
      await sleep(1);
      ticks++;
      st.empty();
    }
  });
  const done = h.r.request({ widgetStates: null });
  await sleep(30);
  assert.ok(ticks > 0);
  await h.r.stop();
  await done;
  await sleep(10);
  const after = ticks;
  await sleep(30);
  assert.ok(ticks <= after + 1, `the abandoned loop went on (${after} → ${ticks})`);
});

test("an abandoned run that wakes up later writes nothing into the newer run", async () => {
  const g = gate();
  let runs = 0;
  const h = runner(async (st) => {
    const n = ++runs;
    st.text(`start ${n}`);
    if (n === 1) await g.promise;
    else await sleep(20);
    st.text(`end ${n}`);
  });
  const first = h.r.request({ widgetStates: null });
  await sleep(5);
  await h.r.stop();
  await first;
  const second = h.r.request({ widgetStates: null });
  g.open(); // run 1 resumes while run 2 is running
  await second;
  assert.equal(h.elements(), ["1:start 1", "2:start 2", "2:end 2"]);
});

test("Stop drops a rerun that was waiting behind the stuck run (Streamlit's stop supersedes it)", async () => {
  let runs = 0;
  const h = runner(async () => {
    runs++;
    await new Promise(() => {});
  });
  const first = h.r.request({ widgetStates: null });
  const second = h.r.request({ widgetStates: null });
  await sleep(5);
  await h.r.stop();
  await Promise.all([first, second]);
  assert.is(runs, 1);
});

test("runner.maxRunSeconds stops a runaway run and says so in place", async () => {
  const h = runner(
    async (st) => {
      st.text("working");
      await new Promise(() => {});
    },
    { maxRunSeconds: 0.05 },
  );
  assert.is(await within(h.r.request({ widgetStates: null }), 1000), "settled");
  const shown = h.elements();
  assert.is(shown.length, 2);
  assert.is(shown[0], "1:working");
  assert.match(shown[1]!, /^1:RunTimeoutError: The app was stopped after running for 0.05 s \(runner.maxRunSeconds is 0.05\)/);
  assert.equal(h.paths(), ["1:0.0", "1:0.1"], "the message is where the run stopped");
  assert.equal(h.finished(), [Status.FINISHED_SUCCESSFULLY]);
});

test("a run under maxRunSeconds is not stopped", async () => {
  const h = runner(async (st) => {
    await sleep(20);
    st.text("done");
  }, { maxRunSeconds: 1 });
  await h.r.request({ widgetStates: null });
  assert.equal(h.elements(), ["1:done"]);
});

test("a run stops by itself once its tab is gone (no listener, no contact for tabGoneSeconds)", async () => {
  let listening = true;
  const lastContact = Date.now();
  const h = runner(async () => void (await new Promise(() => {})), {
    tabGoneSeconds: 0.05,
    lastContact: () => (listening ? null : lastContact),
  });
  const done = h.r.request({ widgetStates: null });
  assert.is(await within(done, 150), "pending", "a run the tab listens to goes on");
  listening = false;
  assert.is(await within(done, 500), "settled");
  assert.not.ok(h.r.running);
});

test("a fault traced to the session is shown in place during a run, and after the output between runs", async () => {
  const g = gate();
  const h = runner(async (st) => {
    st.text("a");
    await g.promise;
    st.text("b");
  });
  const done = h.r.request({ widgetStates: null });
  await sleep(5);
  h.r.reportFault(new TypeError("fetch failed"));
  g.open();
  await done;
  h.r.reportFault(new Error("timer threw"));
  h.r.reportFault(new Error("again"));
  assert.equal(h.elements(), ["1:a", "1:TypeError: fetch failed", "1:b", "1:Error: timer threw", "1:Error: again"]);
  assert.equal(h.paths(), ["1:0.0", "1:0.1", "1:0.2", "1:0.3", "1:0.4"]);
});

test.run();
