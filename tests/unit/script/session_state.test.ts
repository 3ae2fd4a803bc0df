// st.sessionState: user keys persist across runs; widget keys mirror widget values (as the app sees them);
// a key set before its widget sets the widget's value; setting it after the widget in the same run throws.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

test("user keys persist across runs; the proxy supports in, delete and the dict helpers", async () => {
  const at = AppTest.fromFunction((st) => {
    const s = st.sessionState;
    s.visits = (s.visits ?? 0) + 1;
    st.text(`visits ${s.visits} has ${"visits" in s} get ${s.get("missing", "dflt")} keys ${Object.keys(s).join(",")}`);
  });
  await at.run();
  await at.run();
  assert.is(at.text[0]!.value, "visits 2 has true get dflt keys visits");
  assert.equal(at.sessionState.toDict(), { visits: 2 });
  delete at.sessionState.visits;
  await at.run();
  assert.is(at.sessionState.visits, 1);
});

test("widget keys mirror public values: an option not an index, a number not [n]", async () => {
  const at = AppTest.fromFunction((st) => {
    st.slider("n", { maxValue: 10, value: 4, key: "n" });
    st.slider("range", { maxValue: 10, value: [2, 6], key: "range" });
    st.selectbox("pick", ["x", "y"], { index: 1, key: "pick" });
    st.radio("r", [10, 20], { key: "r" });
    st.multiselect("m", ["a", "b", "c"], { default: ["c"], key: "m" });
    st.checkbox("c", { key: "c" });
    st.textInput("t", { value: "hi", key: "t" });
    st.numberInput("num", { value: 2.5, key: "num" });
    st.button("b", { key: "b" });
  });
  await at.run();
  assert.equal(at.sessionState.toDict(), { n: 4, range: [2, 6], pick: "y", r: 10, m: ["c"], c: false, t: "hi", num: 2.5, b: false });
  at.slider[0]!.setValue(9);
  at.radio[0]!.select(20);
  at.multiselect[0]!.select("a");
  at.button[0]!.click();
  await at.run();
  assert.equal(at.sessionState.n, 9);
  assert.equal(at.sessionState.r, 20);
  assert.equal(at.sessionState.m, ["c", "a"]);
  assert.equal(at.sessionState.b, true);
  await at.run();
  assert.equal(at.sessionState.b, false);
});

test("the app cannot change stored state through a value it was given", async () => {
  const at = AppTest.fromFunction((st) => {
    const picked = st.multiselect("m", ["a", "b"], { default: ["a"], key: "m" });
    picked.push("b");
    st.sessionState.m.push?.("zzz");
  });
  await at.run();
  await at.run();
  assert.equal(at.multiselect[0]!.value, ["a"]);
});

test("a key set before its widget (in the script) sets the widget's value", async () => {
  const at = AppTest.fromFunction((st) => {
    if (st.button("Max")) st.sessionState.n = 10;
    const n = st.slider("n", { maxValue: 10, key: "n" });
    st.text(`n=${n}`);
  });
  await at.run();
  await at.button[0]!.click().run();
  assert.is(at.text[0]!.value, "n=10");
  assert.is(at.slider[0]!.value, 10);
  assert.is(at.slider[0]!.proto.setValue, true);
  await at.run(); // the value sticks
  assert.is(at.slider[0]!.value, 10);
});

test("a key seeded through at.sessionState sets the widget's value on the next run", async () => {
  const at = AppTest.fromFunction((st) => {
    st.selectbox("City", ["Oslo", "Lima"], { key: "city" });
  });
  at.sessionState.city = "Lima";
  await at.run();
  assert.is(at.selectbox[0]!.value, "Lima");
  at.sessionState.city = "Oslo"; // after the widget existed in a finished run: allowed between runs
  await at.run();
  assert.is(at.selectbox[0]!.index, 0);
});

test("setting a key after its widget in the same run throws WidgetAlreadyInstantiatedError", async () => {
  const at = AppTest.fromFunction((st) => {
    st.textInput("Name", { key: "name" });
    st.sessionState.name = "late";
  });
  await at.run();
  assert.is(at.exception[0]!.errorType, "WidgetAlreadyInstantiatedError");
  assert.match(at.exception[0]!.value, "st.sessionState.name");
  assert.is(at.sessionState.name, "");
});

test("a session-state value that does not fit the widget is an error in the app", async () => {
  const at = AppTest.fromFunction((st) => {
    st.sessionState.pick = "nope";
    st.selectbox("Pick", ["a", "b"], { key: "pick" });
  });
  await at.run();
  assert.is(at.exception[0]!.errorType, "SluiceAPIError");
  assert.match(at.exception[0]!.value, "is not an option");
});

for (const [kind, make, bad, expected] of [
  ["textInput", (st: any) => st.textInput("T", { key: "k" }), 5, "must be a string"],
  ["checkbox", (st: any) => st.checkbox("C", { key: "k" }), "yes", "must be true or false"],
  ["numberInput", (st: any) => st.numberInput("N", { key: "k", minValue: 0, maxValue: 9 }), 42, "between 0 and 9"],
  ["numberInput", (st: any) => st.numberInput("N", { key: "k" }), "7", "must be a number or null"],
] as const) {
  test(`a session-state value of the wrong kind for st.${kind} is an error naming the widget (${JSON.stringify(bad)})`, async () => {
    const at = AppTest.fromFunction((st) => {
      st.sessionState.k = bad;
      make(st);
    });
    await at.run();
    assert.is(at.exception[0]?.errorType, "SluiceAPIError");
    assert.match(at.exception[0]!.value, expected);
  });
}

test("after a run, every key may be assigned again (nothing is left instantiated)", async () => {
  const at = AppTest.fromFunction((st) => st.textInput("T", { key: "k" }));
  await at.run();
  assert.not.throws(() => (at.state.proxy().k = "set between runs"));
  await at.run();
  assert.is(at.textInput[0]!.value, "set between runs");
});

test("a value the user picked wins over an older key assignment", async () => {
  const at = AppTest.fromFunction((st) => {
    st.sessionState.n ??= 5;
    st.slider("n", { maxValue: 10, key: "n" });
  });
  await at.run();
  assert.is(at.slider[0]!.value, 5);
  await at.slider[0]!.setValue(8).run();
  assert.is(at.slider[0]!.value, 8);
  assert.is(at.sessionState.n, 8);
});

test.run();
