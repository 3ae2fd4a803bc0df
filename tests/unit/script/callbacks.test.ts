// onChange / onClick callbacks run before the app body on the rerun the interaction caused, with their args,
// and may write st.sessionState (including the key of the widget that changed).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("onChange runs before the body, once, with its args", async () => {
  const order: string[] = [];
  const at = AppTest.fromFunction((st) => {
    order.push("body");
    st.slider("n", { maxValue: 10, onChange: (...args: unknown[]) => void order.push(`changed ${args.join(",")}`), args: [1, "x"] });
  });
  await at.run();
  assert.equal(order, ["body"]);
  at.slider[0]!.setValue(3);
  await at.run();
  assert.equal(order, ["body", "changed 1,x", "body"]);
  await at.run(); // no change: no callback
  assert.equal(order, ["body", "changed 1,x", "body", "body"]);
});

test("onClick runs before the body and can write session state the body reads", async () => {
  const at = AppTest.fromFunction((st) => {
    st.sessionState.count ??= 0;
    st.button("Add", { onClick: (by: number) => (st.sessionState.count += by), args: [5] });
    st.text(`count ${st.sessionState.count}`);
  });
  await at.run();
  assert.is(at.text[0]!.value, "count 0");
  await at.button[0]!.click().run();
  assert.is(at.text[0]!.value, "count 5");
  await at.run();
  assert.is(at.text[0]!.value, "count 5");
});

test("a callback sees the new value of its widget in session state", async () => {
  let seen: unknown;
  const at = AppTest.fromFunction((st) => {
    st.selectbox("Pick", ["a", "b", "c"], { key: "pick", onChange: () => (seen = st.sessionState.pick) });
  });
  await at.run();
  await at.selectbox[0]!.select("c").run();
  assert.is(seen, "c");
});

test("a callback may reset its own widget through its key", async () => {
  const sent: string[] = [];
  const at = AppTest.fromFunction((st) => {
    const submit = () => {
      sent.push(st.sessionState.msg);
      st.sessionState.msg = "";
    };
    st.textInput("Message", { key: "msg", onChange: submit });
  });
  await at.run();
  await at.textInput[0]!.input("hello").run();
  assert.equal(sent, ["hello"]);
  assert.is(at.textInput[0]!.value, "");
  assert.is(at.textInput[0]!.proto.setValue, true); // the browser is told to show the new value
  assert.is(at.sessionState.msg, "");
});

test("callbacks of several changed widgets run in the order the browser sent them", async () => {
  const order: string[] = [];
  const at = AppTest.fromFunction((st) => {
    st.checkbox("A", { onChange: () => order.push("A") });
    st.checkbox("B", { onChange: () => order.push("B") });
  });
  await at.run();
  at.checkbox[0]!.check();
  at.checkbox[1]!.check();
  await at.run();
  assert.equal(order, ["A", "B"]);
});

test("an error in a callback is shown in place and the next run works", async () => {
  let fail = true;
  const at = AppTest.fromFunction((st) => {
    st.button("Go", {
      onClick: () => {
        if (fail) throw new TypeError("callback broke");
      },
    });
    st.text("body");
  });
  await at.run();
  await at.button[0]!.click().run();
  assert.is(at.exception.length, 1);
  assert.is(at.exception[0]!.errorType, "TypeError");
  assert.is(at.exception[0]!.value, "callback broke");
  fail = false;
  await at.run();
  assert.is(at.exception.length, 0);
  assert.equal(at.text.map((t) => t.value), ["body"]);
});

test.run();
