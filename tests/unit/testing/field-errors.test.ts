// AppTest and per-widget errors: post() sends raw form text as the browser would; a refused value shows as the
// widget's .error and the widget keeps its value, until a valid value arrives.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

const app = (st: any) => {
  const q = st.numberInput("Quantity", { minValue: 0, maxValue: 100, value: 5 });
  const name = st.textInput("Name");
  st.text(`q=${q} name=${name}`);
  st.slider("Locked", { disabled: true });
};

test("a refused post is an error on the widget; the widget keeps its value; the rest runs", async () => {
  const at = await AppTest.fromFunction(app).run();
  await at.numberInput[0]!.post("200").run();
  assert.is(at.numberInput[0]!.error, "Quantity must be between 0 and 100");
  assert.is(at.numberInput[0]!.value, 5);
  await at.textInput[0]!.input("Ada").run(); // the refused text is still in the field: the error stays
  assert.is(at.text[0]!.value, "q=5 name=Ada");
  assert.is(at.numberInput[0]!.error, "Quantity must be between 0 and 100");
  await at.numberInput[0]!.post("50").run();
  assert.is(at.numberInput[0]!.error, null);
  assert.is(at.text[0]!.value, "q=50 name=Ada");
  await at.numberInput[0]!.post("1.5").run();
  assert.is(at.numberInput[0]!.error, "Quantity must be a whole number");
  await at.numberInput[0]!.setValue(7).run();
  assert.is(at.numberInput[0]!.error, null);
  assert.is(at.numberInput[0]!.value, 7);
});

test("post() on a disabled widget fails as a user could not do it", async () => {
  const at = await AppTest.fromFunction(app).run();
  assert.throws(() => at.slider[0]!.post("9"), (e: unknown) => e instanceof AppTestError && /disabled/.test(e.message));
});

test.run();
