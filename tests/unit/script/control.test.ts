// st.stop() ends the run keeping what was drawn and skipping widget cleanup; st.rerun() starts the app again.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { sluice } from "../../../src/gen/proto.js";

const Status = sluice.ScriptFinishedStatus;
const statuses = (at: AppTest) => at.messages.filter((m) => m.scriptFinished != null).map((m) => m.scriptFinished);

test("st.stop() keeps what was drawn before it; nothing after it runs", async () => {
  let after = false;
  const at = AppTest.fromFunction((st) => {
    st.text("one");
    st.stop();
    after = true;
    st.text("two");
  });
  await at.run();
  assert.equal(at.text.map((t) => t.value), ["one"]);
  assert.not.ok(after);
  assert.equal(statuses(at), [Status.FINISHED_SUCCESSFULLY]);
  assert.is(at.exception.length, 0);
});

test("st.stop() removes elements only the earlier runs drew, like a finished run", async () => {
  const at = AppTest.fromFunction((st) => {
    const stop = st.checkbox("Stop early");
    st.text("always");
    if (stop) st.stop();
    st.text("sometimes");
  });
  await at.run();
  assert.equal(at.text.map((t) => t.value), ["always", "sometimes"]);
  await at.checkbox[0]!.check().run();
  assert.equal(at.text.map((t) => t.value), ["always"]);
});

test("st.stop() skips widget cleanup: widgets it did not reach keep their values and keys", async () => {
  const at = AppTest.fromFunction((st) => {
    if (st.checkbox("Stop")) st.stop();
    st.textInput("Name", { key: "name" });
  });
  await at.run();
  await at.textInput[0]!.input("Ada").run();
  await at.checkbox[0]!.check().run();
  assert.is(at.textInput.length, 0);
  assert.is(at.sessionState.name, "Ada");
  await at.checkbox[0]!.uncheck().run();
  assert.is(at.textInput[0]!.value, "Ada");
});

test("a completed run cleans up what st.stop() kept", async () => {
  const at = AppTest.fromFunction((st) => {
    const mode = st.radio("Mode", ["stop", "skip", "show"], { index: 2 });
    if (mode === "stop") st.stop();
    if (mode === "show") st.textInput("Name", { key: "name" });
  });
  await at.run();
  await at.textInput[0]!.input("Ada").run();
  await at.radio[0]!.select("stop").run();
  assert.is(at.sessionState.name, "Ada");
  await at.radio[0]!.select("skip").run();
  assert.not.ok("name" in at.sessionState);
  await at.radio[0]!.select("show").run();
  assert.is(at.textInput[0]!.value, "");
});

test("st.rerun() starts the app again with the current state", async () => {
  let runs = 0;
  const at = AppTest.fromFunction((st) => {
    runs++;
    st.sessionState.n ??= 0;
    st.text(`n=${st.sessionState.n}`);
    if (st.sessionState.n < 3) {
      st.sessionState.n += 1;
      st.rerun();
    }
  });
  await at.run();
  assert.is(runs, 4);
  assert.equal(at.text.map((t) => t.value), ["n=3"]);
  assert.equal(statuses(at), [
    Status.FINISHED_EARLY_FOR_RERUN,
    Status.FINISHED_EARLY_FOR_RERUN,
    Status.FINISHED_EARLY_FOR_RERUN,
    Status.FINISHED_SUCCESSFULLY,
  ]);
});

test("st.rerun() after a click: the rerun sees the button unpressed, widgets keep their values", async () => {
  const seen: string[] = [];
  const at = AppTest.fromFunction((st) => {
    const v = st.slider("v", { maxValue: 10 });
    const clicked = st.button("Reset view");
    seen.push(`${v} ${clicked}`);
    if (clicked) st.rerun();
  });
  await at.run();
  at.slider[0]!.setValue(4);
  await at.button[0]!.click().run();
  assert.equal(seen, ["0 false", "4 true", "4 false"]);
});

test("st.rerun() in a callback reruns after the callbacks, with the button unpressed", async () => {
  const seen: string[] = [];
  const at = AppTest.fromFunction((st) => {
    st.button("Go", { onClick: () => st.rerun() });
    st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
    seen.push(`body ${st.sessionState.runs}`);
  });
  await at.run();
  await at.button[0]!.click().run();
  assert.equal(seen, ["body 1", "body 2"]);
  assert.equal(statuses(at), [Status.FINISHED_EARLY_FOR_RERUN, Status.FINISHED_SUCCESSFULLY]);
  assert.is(at.button[0]!.value, false);
});

test.run();
