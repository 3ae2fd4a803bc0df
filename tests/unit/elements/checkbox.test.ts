// st.checkbox and st.toggle: one boolean; a toggle is a checkbox shown as a switch.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("default false, or value; check() and uncheck()", async () => {
  const at = AppTest.fromFunction((st) => {
    const a = st.checkbox("A");
    const b = st.checkbox("B", { value: true });
    st.text(`${a} ${b}`);
  });
  await at.run();
  assert.is(at.text[0]!.value, "false true");
  at.checkbox[0]!.check();
  at.checkbox[1]!.uncheck();
  await at.run();
  assert.is(at.text[0]!.value, "true false");
  assert.equal(at.checkbox.map((c) => c.value), [true, false]);
});

test("toggles are their own list and work the same", async () => {
  const at = AppTest.fromFunction((st) => {
    st.checkbox("Box");
    st.text(String(st.toggle("Dark mode")));
  });
  await at.run();
  assert.is(at.toggle.length, 1);
  assert.is(at.checkbox.length, 1);
  assert.is(at.toggle[0]!.protoType, "checkbox");
  assert.is(at.toggle[0]!.proto.type, 1);
  await at.toggle[0]!.check().run();
  assert.is(at.text[0]!.value, "true");
});

test("setValue takes only booleans", async () => {
  const at = await AppTest.fromFunction((st) => void st.checkbox("A")).run();
  assert.throws(() => at.checkbox[0]!.setValue("yes" as never), (e: unknown) => e instanceof AppTestError && /expected true or false/.test(e.message));
});

test("help, disabled and labelVisibility reach the proto", async () => {
  const at = await AppTest.fromFunction((st) => void st.checkbox("A", { help: "h", disabled: true, labelVisibility: "hidden" })).run();
  const c = at.checkbox[0]!;
  assert.equal([c.help, c.disabled, c.proto.labelVisibility?.value], ["h", true, 1]);
  assert.throws(() => c.check(), /disabled/);
});

test.run();
