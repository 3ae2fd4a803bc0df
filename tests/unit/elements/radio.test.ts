// st.radio: one option of a list; the app sees the option, the wire carries its index.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";

test("first option by default; select by value or index", async () => {
  const at = AppTest.fromFunction((st) => void st.text(String(st.radio("Pet", ["cat", "dog", "fish"]))));
  await at.run();
  assert.is(at.radio[0]!.value, "cat");
  assert.equal(at.radio[0]!.options, ["cat", "dog", "fish"]);
  await at.radio[0]!.select("fish").run();
  assert.is(at.text[0]!.value, "fish");
  assert.is(at.radio[0]!.index, 2);
  await at.radio[0]!.selectIndex(1).run();
  assert.is(at.text[0]!.value, "dog");
  await at.radio[0]!.setValue("cat").run();
  assert.is(at.text[0]!.value, "cat");
});

test("index: null means nothing selected; an out-of-range index is an API error", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.text(String(st.radio("None", ["a", "b"], { index: null })));
    st.radio("Bad", ["a", "b"], { index: 2 });
  }).run();
  assert.is(at.text[0]!.value, "null");
  assert.is(at.radio[0]!.value, null);
  assert.match(at.exception[0]!.value, "`st.radio` got index 2, but there are 2 options.");
});

test("non-string options: the app gets the option; formatFunc labels are selectable too", async () => {
  const users = [{ id: 1, name: "Ada" }, { id: 2, name: "Lin" }];
  let picked: unknown;
  const at = AppTest.fromFunction((st) => {
    picked = st.radio("User", users, { formatFunc: (u: any) => u.name, horizontal: true, captions: ["first", "second"] });
  });
  await at.run();
  assert.equal(at.radio[0]!.options, ["Ada", "Lin"]);
  assert.equal([at.radio[0]!.proto.horizontal, at.radio[0]!.proto.captions], [true, ["first", "second"]]);
  await at.radio[0]!.select(users[1]).run();
  assert.is(picked, users[1]);
  await at.radio[0]!.select("Ada").run();
  assert.is(picked, users[0]);
});

test("selecting something that is not an option throws AppTestError naming the options", async () => {
  const at = await AppTest.fromFunction((st) => void st.radio("Pet", ["cat", "dog"])).run();
  assert.throws(() => at.radio[0]!.select("cow"), (e: unknown) => e instanceof AppTestError && /not one of the options \(cat, dog\)/.test(e.message));
  assert.throws(() => at.radio[0]!.selectIndex(5), /out of range/);
});

test("options rebuilt as new objects on every run keep the selection by position", async () => {
  let picked: any;
  const at = AppTest.fromFunction((st) => {
    picked = st.radio("User", [{ name: "Ada" }, { name: "Lin" }], { formatFunc: (u: any) => u.name });
  });
  await at.run();
  await at.radio[0]!.select("Lin").run();
  await at.run();
  assert.equal(picked, { name: "Lin" });
  assert.is(at.radio[0]!.index, 1);
});

test.run();
