// st.numberInput: an int or a float, optionally bounded, or empty (null).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("defaults to minValue (or 0); int when every argument is whole", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.numberInput("a");
    st.numberInput("b", { minValue: 3, maxValue: 9 });
    st.numberInput("c", { value: 1.5 });
  }).run();
  assert.equal(at.numberInput.map((n) => n.value), [0, 3, 1.5]);
  assert.equal(at.numberInput.map((n) => n.proto.dataType), [0, 0, 1]);
  assert.equal(at.numberInput.map((n) => n.step), [1, 1, 0.01]);
  assert.equal([at.numberInput[1]!.min, at.numberInput[1]!.max, at.numberInput[0]!.min], [3, 9, undefined]);
});

test("increment/decrement step and stop at the bounds", async () => {
  const at = AppTest.fromFunction((st) => void st.text(String(st.numberInput("q", { minValue: 0, maxValue: 2, value: 1 }))));
  await at.run();
  await at.numberInput[0]!.increment().run();
  assert.is(at.text[0]!.value, "2");
  await at.numberInput[0]!.increment().run();
  assert.is(at.text[0]!.value, "2");
  await at.numberInput[0]!.decrement().decrement().decrement().run();
  assert.is(at.text[0]!.value, "0");
});

test("float steps do not accumulate rounding noise", async () => {
  const at = AppTest.fromFunction((st) => void st.numberInput("f", { value: 0.1, step: 0.1 }));
  await at.run();
  await at.numberInput[0]!.increment().increment().run();
  assert.is(at.numberInput[0]!.value, 0.3);
});

test("value null is empty; setValue(null) empties it", async () => {
  const at = AppTest.fromFunction((st) => void st.text(String(st.numberInput("n", { value: null }))));
  await at.run();
  assert.is(at.text[0]!.value, "null");
  await at.numberInput[0]!.setValue(4).run();
  assert.is(at.text[0]!.value, "4");
  await at.numberInput[0]!.setValue(null).run();
  assert.is(at.text[0]!.value, "null");
  await at.numberInput[0]!.increment().run();
  assert.is(at.text[0]!.value, "0");
});

test("out-of-bounds and fractional values are rejected like a post", async () => {
  const at = await AppTest.fromFunction((st) => void st.numberInput("n", { minValue: 0, maxValue: 5 })).run();
  const n = at.numberInput[0]!;
  assert.throws(() => n.setValue(6), (e: unknown) => e instanceof AppTestError && /"n" to 6: n must be between 0 and 5/.test(e.message));
  assert.throws(() => n.setValue(-1), /must be between 0 and 5/);
  assert.throws(() => n.setValue(1.5), /must be a whole number/);
  assert.throws(() => n.setValue("3" as never), /expected a number or null/);
});

test("argument errors have helpful messages", async () => {
  const at = await AppTest.fromFunction((st) => void st.numberInput("n", { minValue: 5, maxValue: 1 })).run();
  assert.is(at.exception[0]!.value, "`st.numberInput` got minValue 5 greater than maxValue 1.");
  const at2 = await AppTest.fromFunction((st) => void st.numberInput("n", { minValue: 0, maxValue: 1, value: 7 })).run();
  assert.is(at2.exception[0]!.value, "`st.numberInput` value 7 is outside minValue 0 and maxValue 1.");
});

test("a keyed number input whose bounds change keeps a fitting value, else its default", async () => {
  const at = AppTest.fromFunction((st) => {
    const small = st.checkbox("Small");
    st.text(String(st.numberInput("n", { minValue: 0, maxValue: small ? 5 : 100, key: "n" })));
  });
  await at.run();
  await at.numberInput[0]!.setValue(3).run();
  await at.checkbox[0]!.check().run();
  assert.is(at.text[0]!.value, "3");
  await at.checkbox[0]!.uncheck().run();
  await at.numberInput[0]!.setValue(50).run();
  await at.checkbox[0]!.check().run();
  assert.is(at.text[0]!.value, "0");
  assert.is(at.exception.length, 0);
});

test.run();
