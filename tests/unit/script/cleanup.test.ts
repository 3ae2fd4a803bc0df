// At the end of a completed run, widgets the run did not draw are forgotten: their values and their keys.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

const app = (st: any) => {
  if (st.checkbox("Show")) {
    st.textInput("Name", { key: "name" });
    st.slider("Age", { maxValue: 120 });
  }
  st.sessionState.mine ??= "kept";
};

test("a widget not drawn loses its key and value; shown again it starts from its default", async () => {
  const at = AppTest.fromFunction(app);
  await at.run();
  await at.checkbox[0]!.check().run();
  at.textInput[0]!.input("Ada");
  at.slider[0]!.setValue(40);
  await at.run();
  assert.is(at.sessionState.name, "Ada");
  const ids = [at.textInput[0]!.id, at.slider[0]!.id];

  await at.checkbox[0]!.uncheck().run();
  assert.is(at.textInput.length, 0);
  assert.not.ok("name" in at.sessionState);
  for (const id of ids) {
    assert.not.ok(at.state.widgetValues.has(id));
    assert.not.ok(at.state.registry.has(id));
  }
  assert.is(at.sessionState.mine, "kept"); // user keys are not widget keys

  await at.checkbox[0]!.check().run();
  assert.is(at.textInput[0]!.value, "");
  assert.is(at.slider[0]!.value, 0);
});

test("a key reused by another widget in the same run survives cleanup", async () => {
  const at = AppTest.fromFunction((st) => {
    const wide = st.checkbox("Wide");
    if (wide) st.textArea("Notes", { key: "notes" });
    else st.textInput("Notes", { key: "notes" });
  });
  await at.run();
  await at.textInput[0]!.input("short").run();
  await at.checkbox[0]!.check().run();
  assert.is(at.textArea.length, 1);
  assert.ok("notes" in at.sessionState);
});

test("the registry holds exactly the widgets of the last completed run", async () => {
  const at = AppTest.fromFunction(app);
  await at.run();
  assert.equal([...at.state.registry.values()].map((d) => d.label), ["Show"]);
  await at.checkbox[0]!.check().run();
  assert.equal([...at.state.registry.values()].map((d) => d.label), ["Show", "Name", "Age"]);
});

test.run();
