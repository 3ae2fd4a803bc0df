// st.text (preformatted) and st.code (a code block with a language).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("st.text shows its body as written", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.text("  spaced\n  lines ");
    st.text(7, { help: "seven" });
  }).run();
  assert.equal(at.text.map((t) => t.value), ["  spaced\n  lines ", "7"]);
  assert.is(at.text[1]!.proto.help, "seven");
});

test("st.code: python by default, null for plain text, options pass through", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.code("print(1)");
    st.code("const x = 1", { language: "ts", lineNumbers: true, wrapLines: true });
    st.code("plain", { language: null });
  }).run();
  assert.equal(at.code.map((c) => c.value), ["print(1)", "const x = 1", "plain"]);
  assert.equal(at.code.map((c) => c.language), ["python", "ts", ""]);
  assert.equal([at.code[1]!.proto.showLineNumbers, at.code[1]!.proto.wrapLines], [true, true]);
});

test.run();
