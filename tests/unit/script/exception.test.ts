// An uncaught error in the app becomes an exception element where the app stopped; the session keeps working.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("an error is shown in place, after what was drawn, with type, message and stack", async () => {
  const at = AppTest.fromFunction((st) => {
    st.title("App");
    st.text("before");
    throw new RangeError("out of range");
  });
  await at.run();
  assert.equal(at.main.children.map((c) => c.type), ["title", "text", "exception"]);
  const e = at.exception[0]!;
  assert.is(e.errorType, "RangeError");
  assert.is(e.value, "out of range");
  assert.ok(e.stackTrace.length > 0 && e.stackTrace[0]!.startsWith("at "), e.stackTrace.join("\n"));
});

test("a thrown non-Error is shown too", async () => {
  const at = AppTest.fromFunction(() => {
    throw "plain string";
  });
  await at.run();
  assert.is(at.exception[0]!.value, "plain string");
  assert.is(at.exception[0]!.errorType, "string");
});

test("an async app's rejection is shown", async () => {
  const at = AppTest.fromFunction(async (st) => {
    st.text("loading");
    await new Promise((r) => setTimeout(r, 1));
    throw new Error("fetch failed");
  });
  await at.run();
  assert.equal(at.main.children.map((c) => c.type), ["text", "exception"]);
});

test("the next run works and the exception disappears", async () => {
  const at = AppTest.fromFunction((st) => {
    const crash = st.checkbox("Crash");
    if (crash) throw new Error("boom");
    st.text("fine");
  });
  await at.run();
  await at.checkbox[0]!.check().run();
  assert.is(at.exception[0]!.value, "boom");
  assert.is(at.text.length, 0); // the text the crash did not reach is gone, as in the browser
  await at.checkbox[0]!.uncheck().run();
  assert.is(at.exception.length, 0);
  assert.equal(at.text.map((t) => t.value), ["fine"]);
});

test("a crash does not clean up widgets it did not reach", async () => {
  const at = AppTest.fromFunction((st) => {
    if (st.checkbox("Crash")) throw new Error("boom");
    st.textInput("Name", { key: "name" });
  });
  await at.run();
  await at.textInput[0]!.input("Ada").run();
  await at.checkbox[0]!.check().run();
  assert.is(at.sessionState.name, "Ada");
  await at.checkbox[0]!.uncheck().run();
  assert.is(at.textInput[0]!.value, "Ada");
});

test("an error thrown inside a container is shown in the main area", async () => {
  const at = AppTest.fromFunction((st) => {
    const box = st.container();
    box.text("in box");
    throw new Error("inner");
  });
  await at.run();
  assert.is(at.exception.length, 1);
  assert.is(at.main.exception.length, 1);
});

test("st.exception() draws an exception without ending the run", async () => {
  const at = AppTest.fromFunction((st) => {
    st.exception(new SyntaxError("shown on purpose"));
    st.text("still running");
  });
  await at.run();
  assert.is(at.exception[0]!.errorType, "SyntaxError");
  assert.is(at.text[0]!.value, "still running");
});

test.run();
