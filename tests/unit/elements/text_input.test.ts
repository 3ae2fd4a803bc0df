// st.textInput and st.textArea: text, at most maxChars long.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("textInput: default, value, input()", async () => {
  const at = AppTest.fromFunction((st) => {
    const a = st.textInput("A");
    const b = st.textInput("B", { value: "preset", placeholder: "type", type: "password", autocomplete: "off" });
    st.text(`[${a}] [${b}]`);
  });
  await at.run();
  assert.is(at.text[0]!.value, "[] [preset]");
  const b = at.textInput[1]!;
  assert.equal([b.proto.placeholder, b.proto.type, b.proto.autocomplete], ["type", 1, "off"]);
  await at.textInput[0]!.input("hello").run();
  assert.is(at.text[0]!.value, "[hello] [preset]");
});

test("input() respects maxChars as the browser's maxlength does; setValue() rejects longer text", async () => {
  const at = AppTest.fromFunction((st) => void st.text(st.textInput("Code", { maxChars: 4 })));
  await at.run();
  assert.is(at.textInput[0]!.maxChars, 4);
  await at.textInput[0]!.input("abcdefg").run();
  assert.is(at.text[0]!.value, "abcd");
  await at.textInput[0]!.input("🙂🙂🙂🙂🙂").run(); // characters, not UTF-16 units
  assert.is(at.text[0]!.value, "🙂🙂🙂🙂");
  assert.throws(() => at.textInput[0]!.setValue("abcde"), (e: unknown) => e instanceof AppTestError && /must be 4 characters or fewer/.test(e.message));
  assert.throws(() => at.textInput[0]!.setValue(5 as never), /expected text/);
});

test("textArea: its own list, same actions", async () => {
  const at = AppTest.fromFunction((st) => void st.text(st.textArea("Bio", { height: 120, maxChars: 10, value: "x" })));
  await at.run();
  assert.is(at.textArea.length, 1);
  assert.is(at.textInput.length, 0);
  assert.equal([at.textArea[0]!.value, at.textArea[0]!.proto.height], ["x", 120]);
  await at.textArea[0]!.input("line 1\nline 2 and more").run();
  assert.is(at.text[0]!.value, "line 1\nlin");
});

test.run();
