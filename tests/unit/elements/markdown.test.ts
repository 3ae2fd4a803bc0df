// st.markdown, st.caption, st.divider: Markdown elements; HTML is kept as source and escaped unless allowed.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("markdown keeps its source; caption and divider are their own lists", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.markdown("**bold** <b>raw</b>");
    st.caption("small print");
    st.divider();
    st.markdown("_x_", { unsafeAllowHtml: true, help: "tip" });
  }).run();
  assert.equal(at.markdown.map((m) => m.value), ["**bold** <b>raw</b>", "_x_"]);
  assert.equal([at.markdown[0]!.allowHtml, at.markdown[1]!.allowHtml], [false, true]);
  assert.is(at.markdown[1]!.proto.help, "tip");
  assert.equal(at.caption.map((m) => m.value), ["small print"]);
  assert.is(at.caption[0]!.proto.isCaption, true);
  assert.is(at.divider.length, 1);
  assert.is(at.divider[0]!.value, "---");
  assert.is(at.get("markdown").length, 2);
});

test("non-string bodies are converted with String()", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.markdown(12.5);
    st.caption(null);
  }).run();
  assert.equal([at.markdown[0]!.value, at.caption[0]!.value], ["12.5", "null"]);
});

test.run();
