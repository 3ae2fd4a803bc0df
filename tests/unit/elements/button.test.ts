// st.button: a one-shot trigger, true only in the run its click caused.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("false until clicked, true for one run, then false again", async () => {
  const seen: boolean[] = [];
  const at = AppTest.fromFunction((st) => void seen.push(st.button("Go")));
  await at.run();
  assert.is(at.button[0]!.value, false);
  at.button[0]!.click();
  assert.is(at.button[0]!.value, true); // set, not yet run
  await at.run();
  assert.is(at.button[0]!.value, true);
  await at.run();
  assert.is(at.button[0]!.value, false);
  assert.equal(seen, [false, true, false]);
});

test("options reach the proto; the label and help are readable", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.button("Save", { type: "primary", help: "Saves", icon: "💾", useContainerWidth: true });
    st.button("Plain");
  }).run();
  const [save, plain] = at.button;
  assert.equal([save!.label, save!.help, save!.proto.type, save!.proto.icon, save!.proto.useContainerWidth], ["Save", "Saves", "primary", "💾", true]);
  assert.is(plain!.proto.type, "secondary");
});

test("a disabled button cannot be clicked", async () => {
  const at = await AppTest.fromFunction((st) => void st.button("No", { disabled: true })).run();
  assert.is(at.button[0]!.disabled, true);
  assert.throws(() => at.button[0]!.click(), (e: unknown) => e instanceof AppTestError && /disabled/.test(e.message));
});

test("clicking one of two buttons presses only that one", async () => {
  const at = AppTest.fromFunction((st) => {
    const a = st.button("A");
    const b = st.button("B");
    st.text(`${a} ${b}`);
  });
  await at.run();
  await at.button[1]!.click().run();
  assert.is(at.text[0]!.value, "false true");
});

test.run();
