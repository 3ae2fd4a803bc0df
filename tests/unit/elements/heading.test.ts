// st.title, st.header, st.subheader: one Heading message, h1–h3, with anchor and divider options.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("title, header and subheader are h1, h2, h3 with their text", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.title("T");
    st.header("H");
    st.subheader("S");
  }).run();
  assert.equal([at.title[0]!.value, at.header[0]!.value, at.subheader[0]!.value], ["T", "H", "S"]);
  assert.equal([at.title[0]!.tag, at.header[0]!.tag, at.subheader[0]!.tag], ["h1", "h2", "h3"]);
  assert.equal(at.get("heading").length, 3);
  assert.is(at.title[0]!.protoType, "heading");
});

test("anchor: a string sets it, false hides it; help and divider pass through", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.header("A", { anchor: "intro", help: "why", divider: "blue" });
    st.header("B", { anchor: false, divider: true });
    st.header(42);
  }).run();
  const [a, b, c] = at.header;
  assert.equal([a!.proto.anchor, a!.proto.hideAnchor, a!.proto.help, a!.proto.divider], ["intro", false, "why", "blue"]);
  assert.equal([b!.proto.hideAnchor, b!.proto.divider], [true, "auto"]);
  assert.is(c!.value, "42");
});

test.run();
