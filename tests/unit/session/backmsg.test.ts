// The session takes BackMsg protobuf messages: a rerun with the browser's widget states, or a stop. They survive
// encoding (another instance can forward them as bytes), and the runner reports SessionStatus around each run.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { sluice } from "../../../src/gen/proto.js";
import type { St } from "../../../src/index.ts";
import { session } from "./helpers.ts";

const roundTrip = (msg: sluice.IBackMsg) => sluice.BackMsg.decode(sluice.BackMsg.encode(msg).finish());

test("a rerun_script BackMsg, encoded and decoded, applies the widget states", async () => {
  let seen = -1;
  const s = session((st: St) => void (seen = st.slider("n", { maxValue: 10 })));
  await s.rerun({ widgetStates: null });
  const id = [...s.state.registry.keys()][0]!;
  await s.handleBackMsg(roundTrip({ rerunScript: { widgetStates: { widgets: [{ id, doubleArrayValue: { data: [7] } }] } } }));
  assert.is(seen, 7);
});

test("a stop_script BackMsg stops the running script at its next st call", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const s = session(async (st: St) => {
    st.text("before");
    await gate;
    st.text("after");
  });
  const done = s.rerun({ widgetStates: null });
  await new Promise((r) => setTimeout(r, 5));
  await s.handleBackMsg(roundTrip({ stopScript: true }));
  release();
  await done;
  assert.ok(s.tree.get("0.0"));
  assert.not.ok(s.tree.get("0.1"), "the run stopped before writing 'after'");
});

test("the runner reports script_is_running around a run", async () => {
  const statuses: boolean[] = [];
  const s = session((st: St) => st.text("x"));
  const sink = (s.runner as any).sink as (m: sluice.IForwardMsg, c: unknown) => void;
  (s.runner as any).sink = (m: sluice.IForwardMsg, c: unknown) => {
    if (m.sessionStatusChanged) statuses.push(!!m.sessionStatusChanged.scriptIsRunning);
    sink(m, c);
  };
  await s.rerun({ widgetStates: null });
  assert.equal(statuses, [true, false]);
});

test.run();
