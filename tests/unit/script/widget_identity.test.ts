// Widget identity follows Streamlit's rule ($$ID-<hash>-<key|None>): kind + identifying parameters, or the key.
// Two widgets with one id in a run raise DuplicateWidgetIdError in the app.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import type { St } from "../../../src/index.ts";

const ids = async (app: (st: St) => unknown) => {
  const at = await AppTest.fromFunction(app).run();
  return { at, ids: at.get<any>("slider").concat(at.get<any>("textInput"), at.get<any>("button")).map((w) => w.id as string) };
};

test("ids look like Streamlit's and end with the key or None", async () => {
  const { ids: got } = await ids((st) => {
    st.slider("a");
    st.slider("b", { key: "k" });
  });
  assert.match(got[0]!, /^\$\$ID-[0-9a-z]+-None$/);
  assert.match(got[1]!, /^\$\$ID-[0-9a-z]+-k$/);
});

test("ids are stable across runs and sessions", async () => {
  const app = (st: St) => void st.textInput("Name", { maxChars: 5 });
  const a = await ids(app);
  const b = await ids(app);
  await a.at.run();
  assert.equal(a.ids, b.ids);
  assert.is(a.at.textInput[0]!.id, a.ids[0]);
});

test("the same label twice without a key is a DuplicateWidgetIdError with a hint", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.button("Save");
    st.button("Save");
  }).run();
  assert.is(at.button.length, 1);
  assert.is(at.exception[0]!.errorType, "DuplicateWidgetIdError");
  assert.match(at.exception[0]!.value, 'identical `st.button` widgets with the label "Save"');
  assert.match(at.exception[0]!.value, "key");
});

test("the same key twice is a DuplicateWidgetIdError, even across kinds", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.textInput("First", { key: "x" });
    st.checkbox("Second", { key: "x" });
  }).run();
  assert.is(at.exception[0]!.errorType, "DuplicateWidgetIdError");
  assert.match(at.exception[0]!.value, "key='x'");
});

test("the same label with different keys, kinds or parameters is fine", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.button("Save", { key: "one" });
    st.button("Save", { key: "two" });
    st.checkbox("Save");
    st.slider("n", { maxValue: 10 });
    st.slider("n", { maxValue: 20 });
  }).run();
  assert.is(at.exception.length, 0);
  assert.is(at.button.length, 2);
  assert.is(at.slider.length, 2);
  assert.is(new Set(at.get<any>("slider").map((s) => s.id)).size, 2);
});

test("a keyless widget whose parameters change is a new widget: its value resets", async () => {
  const at = AppTest.fromFunction((st) => {
    const big = st.checkbox("Big");
    st.slider("n", { maxValue: big ? 100 : 10 });
  });
  await at.run();
  await at.slider[0]!.setValue(7).run();
  const before = at.slider[0]!.id;
  await at.checkbox[0]!.check().run();
  assert.is.not(at.slider[0]!.id, before);
  assert.is(at.slider[0]!.value, 0);
});

test("a keyed widget keeps its id and value when its label changes", async () => {
  const at = AppTest.fromFunction((st) => {
    const loud = st.checkbox("Loud");
    st.textInput(loud ? "NAME" : "name", { key: "name" });
  });
  await at.run();
  await at.textInput[0]!.input("Ada").run();
  const before = at.textInput[0]!.id;
  await at.checkbox[0]!.check().run();
  assert.is(at.textInput[0]!.id, before);
  assert.is(at.textInput[0]!.label, "NAME");
  assert.is(at.textInput[0]!.value, "Ada");
});

test("a key may not start with $$ID", async () => {
  const at = await AppTest.fromFunction((st) => void st.button("x", { key: "$$ID-evil" })).run();
  assert.match(at.exception[0]!.value, 'may not start with "$$ID"');
});

test("numeric keys work like their string form", async () => {
  const at = await AppTest.fromFunction((st) => void st.textInput("t", { key: 7 })).run();
  assert.is(at.textInput[0]!.key, "7");
  assert.is(at.sessionState["7"], "");
});

test.run();
