// Requests that arrive while a run is in progress are merged into one: the latest widget values win, and a
// button press still waiting in an earlier request is carried over, so a click is never lost.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { coalesce } from "../../../src/script/request.ts";
import { gate, harness } from "./harness.ts";

const slider = (v: number) => ({ id: "s", doubleArrayValue: { data: [v] } });
const press = (id = "b") => ({ id, triggerValue: true });

test("coalesce: the newer values win", () => {
  const out = coalesce({ widgetStates: [slider(1)] }, { widgetStates: [slider(2)] });
  assert.equal(out.widgetStates, [slider(2)]);
});

test("coalesce: a press in the older request is kept when the newer one lacks it", () => {
  const out = coalesce({ widgetStates: [slider(1), press()] }, { widgetStates: [slider(2)] });
  assert.equal(out.widgetStates, [slider(2), press()]);
});

test("coalesce: a press in the older request overrides an unpressed newer trigger", () => {
  const out = coalesce({ widgetStates: [press()] }, { widgetStates: [{ id: "b", triggerValue: false }] });
  assert.equal(out.widgetStates, [press()]);
});

test("coalesce: presses of different buttons all survive", () => {
  const out = coalesce({ widgetStates: [press("a")] }, { widgetStates: [press("b")] });
  assert.equal(out.widgetStates, [press("b"), press("a")]);
});

test("coalesce: a request without values keeps the older values", () => {
  assert.equal(coalesce({ widgetStates: [slider(1)] }, { widgetStates: null }).widgetStates, [slider(1)]);
  assert.equal(coalesce({ widgetStates: null }, { widgetStates: null }).widgetStates, null);
});

test("coalesce: the newer query string wins; a full request absorbs a fragment one", () => {
  const out = coalesce({ widgetStates: null, queryString: "a=1", fragmentId: "f" }, { widgetStates: null, queryString: "a=2" });
  assert.is(out.queryString, "a=2");
  assert.is(out.fragmentId, undefined);
  assert.is(coalesce({ widgetStates: null, fragmentId: "f" }, { widgetStates: null, fragmentId: "f" }).fragmentId, "f");
});

test("runner: requests queued during a run become one run with the latest values and every press", async () => {
  let g = gate();
  const seen: string[] = [];
  const h = harness(async (st) => {
    const n = st.slider("n", { minValue: 0, maxValue: 10 });
    const pressed = st.button("Go");
    seen.push(`${n} ${pressed}`);
    await g.promise;
  });
  await (async () => {
    const p = h.runner.request({ widgetStates: null });
    g.open();
    await p;
  })();
  assert.equal(seen, ["0 false"]);

  g = gate();
  const run2 = h.runner.request({ widgetStates: [h.ws("n", [1])] });
  // While run 2 waits, three more posts arrive: a press, then a newer value without the press, then another.
  const a = h.runner.request({ widgetStates: [h.ws("n", [2]), h.ws("Go", true)] });
  const b = h.runner.request({ widgetStates: [h.ws("n", [3])] });
  const c = h.runner.request({ widgetStates: [h.ws("n", [4])] });
  g.open();
  await Promise.all([run2, a, b, c]);
  // Run 2 made no st.* call after its await, so it finished; the three posts then became one run that saw the
  // latest value and the press.
  assert.equal(seen, ["0 false", "1 false", "4 true"]);
  assert.is(h.runner.runCount, 3);
});

test("runner: the press is one-shot: the run after it sees false", async () => {
  const seen: boolean[] = [];
  const h = harness((st) => void seen.push(st.button("Go")));
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: [h.ws("Go", true)] });
  await h.runner.request({ widgetStates: [] });
  assert.equal(seen, [false, true, false]);
});

test.run();
