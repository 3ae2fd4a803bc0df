// st.slider: a number or a [low, high] range between bounds; int or float from the arguments' types.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("defaults: 0..100 step 1, value minValue", async () => {
  const at = await AppTest.fromFunction((st) => void st.slider("n")).run();
  const s = at.slider[0]!;
  assert.equal([s.value, s.min, s.max, s.step, s.proto.dataType, s.proto.format], [0, 0, 100, 1, 0, "%d"]);
});

test("float sliders: 0..1 step 0.01 when any argument is fractional", async () => {
  const at = await AppTest.fromFunction((st) => void st.slider("f", { value: 0.5 })).run();
  const s = at.slider[0]!;
  assert.equal([s.value, s.max, s.step, s.proto.dataType, s.proto.format], [0.5, 1, 0.01, 1, "%0.2f"]);
});

test("setValue is what the app sees next run", async () => {
  const at = AppTest.fromFunction((st) => {
    const n = st.slider("n", { minValue: 0, maxValue: 10, value: 5 });
    st.text(`${n * 2}`);
  });
  await at.run();
  assert.is(at.text[0]!.value, "10");
  await at.slider[0]!.setValue(3).run();
  assert.is(at.text[0]!.value, "6");
  assert.is(at.slider[0]!.value, 3);
});

test("a range slider returns [low, high]; setRange sets both; a reversed pair is put in order", async () => {
  let got: unknown;
  const at = AppTest.fromFunction((st) => void (got = st.slider("r", { minValue: 0, maxValue: 100, value: [20, 80] })));
  await at.run();
  assert.equal(got, [20, 80]);
  await at.slider[0]!.setRange(10, 30).run();
  assert.equal(got, [10, 30]);
  await at.slider[0]!.setRange(60, 40).run();
  assert.equal(got, [40, 60]);
});

test("values outside the bounds, fractions on an int slider, or the wrong shape throw AppTestError", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.slider("n", { minValue: 0, maxValue: 10 });
    st.slider("r", { value: [1, 2] });
  }).run();
  const [n, r] = at.slider;
  assert.throws(() => n!.setValue(11), (e: unknown) => e instanceof AppTestError && /"n" to 11: .*must be between 0 and 10 \(not 11\)/.test(e.message));
  assert.throws(() => n!.setValue(2.5), /must be a whole number/);
  assert.throws(() => n!.setValue(Number.NaN), /expected a number/);
  assert.throws(() => n!.setValue([1, 2]), /takes 1 value, not 2/);
  assert.throws(() => r!.setValue(5), /takes 2 values, not 1/);
  assert.is(at.pending.size, 0); // a rejected value leaves nothing behind
});

test("argument errors have helpful messages", async () => {
  const messages = async (app: (st: any) => unknown) => (await AppTest.fromFunction(app).run()).exception.map((e) => e.value);
  assert.equal(await messages((st) => st.slider("n", { minValue: 10, maxValue: 5 })), ["`st.slider` got minValue 10 greater than maxValue 5."]);
  assert.equal(await messages((st) => st.slider("n", { value: 200 })), ["`st.slider` value 200 is outside minValue 0 and maxValue 100."]);
  assert.equal(await messages((st) => st.slider("n", { step: 0 })), ["`st.slider` step must be positive (got 0)."]);
  assert.equal(await messages((st) => st.slider("n", { value: [1, 2, 3] as never })), ["`st.slider` value must be a number or a pair [low, high]."]);
});

test("format, help and labelVisibility reach the proto", async () => {
  const at = await AppTest.fromFunction((st) => void st.slider("n", { format: "%d%%", help: "pct", labelVisibility: "collapsed" })).run();
  assert.equal([at.slider[0]!.proto.format, at.slider[0]!.help, at.slider[0]!.proto.labelVisibility?.value], ["%d%%", "pct", 2]);
});

test("a WidgetState carrying NaN or Infinity is rejected, as the form path does", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.slider("f", { value: 0.5 });
    st.numberInput("x", { value: 0.5 });
  }).run();
  const slider = at.slider[0]!.def!;
  const num = at.numberInput[0]!.def!;
  assert.throws(() => slider.fromState({ id: slider.id, doubleArrayValue: { data: [Number.NaN] } }), /must be a number/);
  assert.throws(() => num.fromState({ id: num.id, doubleValue: Number.POSITIVE_INFINITY }), /must be a number/);
});

test.run();
