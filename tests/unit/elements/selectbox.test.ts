// st.selectbox: one option from a list (or none, showing the placeholder).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("index picks the default; select() and selectIndex() change it", async () => {
  const at = AppTest.fromFunction((st) => void st.text(String(st.selectbox("City", ["Oslo", "Lima", "Osaka"], { index: 1 }))));
  await at.run();
  assert.is(at.selectbox[0]!.value, "Lima");
  assert.is(at.selectbox[0]!.index, 1);
  await at.selectbox[0]!.select("Osaka").run();
  assert.is(at.text[0]!.value, "Osaka");
  await at.selectbox[0]!.selectIndex(0).run();
  assert.is(at.text[0]!.value, "Oslo");
});

test("index null: nothing selected, the placeholder shows; selecting null clears it", async () => {
  const at = AppTest.fromFunction((st) => void st.text(String(st.selectbox("Pick", ["a", "b"], { index: null, placeholder: "Choose…" }))));
  await at.run();
  assert.is(at.selectbox[0]!.value, null);
  assert.is(at.selectbox[0]!.proto.placeholder, "Choose…");
  await at.selectbox[0]!.select("b").run();
  assert.is(at.text[0]!.value, "b");
  await at.selectbox[0]!.select(null).run();
  assert.is(at.text[0]!.value, "null");
});

test("no options: the value is null", async () => {
  const at = await AppTest.fromFunction((st) => void st.selectbox("Empty", [])).run();
  assert.is(at.selectbox[0]!.value, null);
  assert.is(at.exception.length, 0);
});

test("a bad index is an API error with a helpful message", async () => {
  const at = await AppTest.fromFunction((st) => void st.selectbox("One", ["a"], { index: 3 })).run();
  assert.is(at.exception[0]!.errorType, "SluiceAPIError");
  assert.match(at.exception[0]!.value, "`st.selectbox` got index 3, but there is 1 option.");
});

test("numbers as options come back as numbers", async () => {
  const at = AppTest.fromFunction((st) => void st.selectbox("n", [1, 2, 3], { key: "n" }));
  await at.run();
  await at.selectbox[0]!.select(3).run();
  assert.is(at.sessionState.n, 3);
  await at.selectbox[0]!.select("2").run(); // by label
  assert.is(at.sessionState.n, 2);
});

test("a keyed selectbox keeps its option when the options change, and its default when the option is gone", async () => {
  const at = AppTest.fromFunction((st) => {
    const mode = st.radio("Mode", ["all", "reordered", "few"]);
    const options = { all: ["a", "b", "c", "d"], reordered: ["d", "c", "b", "a"], few: ["a", "b"] }[mode as "all" | "reordered" | "few"];
    st.text(String(st.selectbox("Pick", options, { key: "p" })));
  });
  await at.run();
  await at.selectbox[0]!.select("c").run();
  const id = at.selectbox[0]!.id;
  await at.radio[0]!.select("reordered").run();
  assert.is(at.selectbox[0]!.id, id); // options are not part of a keyed selectbox's identity
  assert.is(at.text[0]!.value, "c");
  assert.is(at.selectbox[0]!.index, 1);
  await at.radio[0]!.select("few").run();
  assert.is(at.text[0]!.value, "a");
  assert.is(at.sessionState.p, "a");
});

test.run();
