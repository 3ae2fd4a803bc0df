// st.multiselect: any number of options; the app sees the options, the wire carries their indices.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("default, then select/unselect one at a time, in the order picked", async () => {
  const seen: unknown[] = [];
  const at = AppTest.fromFunction((st) => void seen.push(st.multiselect("Fruit", ["apple", "banana", "cherry"], { default: ["banana"] })));
  await at.run();
  assert.equal(at.multiselect[0]!.value, ["banana"]);
  at.multiselect[0]!.select("cherry").select("apple");
  assert.equal(at.multiselect[0]!.value, ["banana", "cherry", "apple"]);
  await at.run();
  assert.equal(at.multiselect[0]!.indices, [1, 2, 0]);
  await at.multiselect[0]!.unselect("banana").run();
  assert.equal(seen.at(-1), ["cherry", "apple"]);
  await at.multiselect[0]!.setValue([]).run();
  assert.equal(seen.at(-1), []);
});

test("selecting an option twice keeps it once", async () => {
  const at = await AppTest.fromFunction((st) => void st.multiselect("m", ["a", "b"])).run();
  at.multiselect[0]!.select("a").select("a");
  assert.equal(at.multiselect[0]!.value, ["a"]);
});

test("a single default value works like a list of one", async () => {
  const at = await AppTest.fromFunction((st) => void st.multiselect("m", ["a", "b"], { default: "b" })).run();
  assert.equal(at.multiselect[0]!.value, ["b"]);
});

test("a default that is not an option is an API error", async () => {
  const at = await AppTest.fromFunction((st) => void st.multiselect("m", ["a"], { default: ["z"] })).run();
  assert.match(at.exception[0]!.value, '`st.multiselect` default value "z" is not one of the options.');
});

test("maxSelections is enforced like a post would be", async () => {
  const at = await AppTest.fromFunction((st) => void st.multiselect("m", ["a", "b", "c"], { maxSelections: 2 })).run();
  at.multiselect[0]!.select("a").select("b");
  assert.throws(() => at.multiselect[0]!.select("c"), (e: unknown) => e instanceof AppTestError && /at most 2 options/.test(e.message));
  assert.throws(() => at.multiselect[0]!.setValue("a" as never), /expected a list of options/);
});

test("a keyed multiselect whose options change keeps fitting values, else its default", async () => {
  const at = AppTest.fromFunction((st) => {
    const few = st.checkbox("Few");
    st.json(st.multiselect("m", few ? ["c", "b"] : ["a", "b", "c"], { key: "m" }));
  });
  await at.run();
  await at.multiselect[0]!.setValue(["b", "c"]).run();
  await at.checkbox[0]!.check().run();
  assert.equal(at.json[0]!.value, ["b", "c"]);
  await at.multiselect[0]!.setValue(["c"]).run();
  await at.checkbox[0]!.uncheck().run();
  assert.equal(at.json[0]!.value, ["c"]);
});

test("a keyed multiselect whose selected option disappears falls back to its default", async () => {
  const at = AppTest.fromFunction((st) => {
    const few = st.checkbox("Few");
    st.json(st.multiselect("m", few ? ["a"] : ["a", "b"], { key: "m", default: ["a"] }));
  });
  await at.run();
  await at.multiselect[0]!.setValue(["b"]).run();
  await at.checkbox[0]!.check().run();
  assert.equal(at.json[0]!.value, ["a"]);
});

test.run();
