// st.write dispatches on type: strings and numbers → Markdown (consecutive ones joined), objects and arrays →
// JSON, errors → exception.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("strings and numbers become one Markdown element", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.write("**n** is", 5, true);
    st.write(3.5);
  }).run();
  assert.equal(at.markdown.map((m) => m.value), ["**n** is 5 true", "3.5"]);
});

test("objects and arrays become JSON; text around them stays in order", async () => {
  const at = await AppTest.fromFunction((st) => st.write("before", { a: 1 }, [1, 2], "after")).run();
  assert.equal(at.main.children.map((c) => c.type), ["markdown", "json", "json", "markdown"]);
  assert.equal(at.json.map((j) => j.value), [{ a: 1 }, [1, 2]]);
});

test("errors become exception elements and do not end the run", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.write(new TypeError("shown"));
    st.text("still here");
  }).run();
  assert.is(at.exception[0]!.errorType, "TypeError");
  assert.is(at.exception[0]!.value, "shown");
  assert.is(at.text.length, 1);
});

test("null and undefined are shown as code", async () => {
  const at = await AppTest.fromFunction((st) => st.write(null, undefined)).run();
  assert.equal(at.markdown.map((m) => m.value), ["`null` `undefined`"]);
});

test.run();
