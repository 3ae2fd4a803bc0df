// st.empty: one slot; each write replaces what it holds, in place.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("an unused slot is an empty element", async () => {
  const at = await AppTest.fromFunction((st) => void st.empty()).run();
  assert.is(at.empty.length, 1);
  assert.is(at.empty[0]!.value, null);
});

test("writes replace each other at the slot's path, before later elements", async () => {
  const at = await AppTest.fromFunction((st) => {
    const slot = st.empty();
    st.text("after");
    slot.text("Loading…");
    slot.markdown("**Done**");
  }).run();
  assert.equal(at.main.children.map((c) => c.type), ["markdown", "text"]);
  assert.is(at.markdown[0]!.value, "**Done**");
  assert.equal(at.markdown[0]!.path, [0, 0]);
  assert.is(at.empty.length, 0);
});

test("a slot can hold a container, replaced by an element later", async () => {
  const at = await AppTest.fromFunction((st) => {
    const slot = st.empty();
    slot.container().text("inside");
    slot.text("flat");
  }).run();
  assert.equal(at.main.children.map((c) => c.type), ["text"]);
  assert.is(at.container.length, 0);
});

test("a slot inside a column", async () => {
  const at = await AppTest.fromFunction((st) => {
    const [col] = st.columns(1);
    const slot = col!.empty();
    slot.text("a");
    slot.text("b");
  }).run();
  assert.equal(at.columns[0]!.text.map((t) => t.value), ["b"]);
});

test.run();
