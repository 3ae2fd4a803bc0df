// st.form and formSubmitButton through AppTest: values apply only on submit, all at once; the submit button's
// onClick runs before the body and sees them; clearOnSubmit; Streamlit's errors for misuse.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest, AppTestError } from "../../../src/testing/index.ts";
import type { St } from "../../../src/elements/index.ts";

const signup = (o: { clearOnSubmit?: boolean } = {}) => (st: St) => {
  const f = st.form("signup", o);
  const email = f.textInput("Email", { key: "email" });
  const age = f.numberInput("Age", { value: 30 });
  const sent = f.formSubmitButton("Sign up");
  const other = st.checkbox("Outside");
  st.text(`${email}|${age}|${sent}|${other}`);
};

test("a form's widgets change nothing the app sees until the form is submitted; then all at once", async () => {
  const at = await AppTest.fromFunction(signup()).run();
  assert.is(at.text[0]!.value, "|30|false|false");
  at.form[0]!.textInput[0]!.input("ada@example.com");
  at.form[0]!.numberInput[0]!.setValue(36);
  await at.run();
  assert.is(at.text[0]!.value, "|30|false|false", "a plain rerun does not apply the form");
  await at.checkbox[0]!.check().run();
  assert.is(at.text[0]!.value, "|30|false|true", "a change outside the form applies only itself");
  assert.is(at.form[0]!.textInput[0]!.value, "ada@example.com", "what was typed stays entered, as in the browser");
  await at.form[0]!.submit().run();
  assert.is(at.text[0]!.value, "ada@example.com|36|true|true");
  await at.run();
  assert.is(at.text[0]!.value, "ada@example.com|36|false|true", "submit is one-shot; the values stay");
});

test("AppTest finds forms, their widgets and submit buttons; widgets carry their form id", async () => {
  const at = await AppTest.fromFunction(signup()).run();
  assert.is(at.form.length, 1);
  const f = at.form[0]!;
  assert.equal([f.formId, f.key, f.clearOnSubmit, f.enterToSubmit], ["signup", "signup", false, true]);
  assert.equal(f.textInput.map((w) => w.formId), ["signup"]);
  assert.is(at.checkbox[0]!.formId, "");
  assert.equal(at.formSubmitButton.map((b) => b.label), ["Sign up"]);
  assert.is(at.button.length, 0, "a submit button is not an st.button");
  assert.is(at.formSubmitButton[0]!.proto.isFormSubmitter, true);
  assert.is(at.getByKey("signup"), f);
});

test("clicking the submit button submits too; a second form is not submitted by the first one's button", async () => {
  const at = AppTest.fromFunction((st) => {
    const a = st.form("a");
    const x = a.textInput("X");
    a.formSubmitButton("Send A");
    const b = st.form("b");
    const y = b.textInput("Y");
    b.formSubmitButton("Send B");
    st.text(`${x}|${y}`);
  });
  await at.run();
  at.textInput[0]!.input("1");
  at.textInput[1]!.input("2");
  await at.formSubmitButton[0]!.click().run();
  assert.is(at.text[0]!.value, "1|");
  await at.formSubmitButton[1]!.click().run();
  assert.is(at.text[0]!.value, "1|2", "form b's typing was kept until its own submit");
});

test("the submit button's onClick runs before the body and sees the submitted values", async () => {
  const order: string[] = [];
  const at = AppTest.fromFunction((st) => {
    const f = st.form("f");
    f.textInput("Name", { key: "name" });
    f.formSubmitButton("Go", { onClick: (tag: string) => void order.push(`${tag} ${st.sessionState.name}`), args: ["click"] });
    order.push(`body ${st.sessionState.name}`);
  });
  await at.run();
  at.textInput[0]!.input("Ada");
  await at.run();
  assert.equal(order, ["body ", "body "]);
  await at.formSubmitButton[0]!.click().run();
  assert.equal(order, ["body ", "body ", "click Ada", "body Ada"]);
});

test("clearOnSubmit: the run sees the submitted values, then the widgets are back at their defaults", async () => {
  const at = await AppTest.fromFunction(signup({ clearOnSubmit: true })).run();
  at.textInput[0]!.input("ada@example.com");
  at.numberInput[0]!.setValue(40);
  await at.form[0]!.submit().run();
  assert.is(at.text[0]!.value, "ada@example.com|40|true|false");
  assert.is(at.textInput[0]!.proto.value, "", "the browser is shown the default");
  assert.is(at.textInput[0]!.proto.setValue, true, "…as a value the server sets");
  assert.is(at.textInput[0]!.value, "");
  assert.is(at.sessionState.email, "");
  await at.run();
  assert.is(at.text[0]!.value, "|30|false|false", "the next run sees the defaults");
});

test("a form with no submit button shows Streamlit's error inside the form, and the rest of the app runs", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.form("lonely").textInput("Name");
    st.text("after");
  }).run();
  assert.is(at.text[0]!.value, "after");
  assert.is(at.form[0]!.exception.length, 1);
  assert.match(at.form[0]!.exception[0]!.value, /Missing Submit Button/);
  assert.is(at.form[0]!.exception[0]!.errorType, "FormError");
});

const raises = async (app: (st: St) => unknown, pattern: RegExp, type = "FormError") => {
  const at = await AppTest.fromFunction(app).run();
  assert.is(at.exception.length, 1, "one exception");
  assert.match(at.exception[0]!.value, pattern);
  assert.is(at.exception[0]!.errorType, type);
};

test("Streamlit's errors: st.button in a form, nested forms, duplicate keys, a submit button outside a form", async () => {
  await raises((st) => st.form("f").button("Go"), /can't be used in a form.*formSubmitButton/);
  await raises((st) => st.form("outer").form("inner"), /cannot be nested/);
  await raises((st) => st.form("outer").container().form("inner"), /cannot be nested/);
  await raises((st) => {
    st.form("k").formSubmitButton();
    st.form("k");
  }, /multiple forms with `key="k"`/);
  await raises((st) => st.formSubmitButton("Go"), /must be used inside a form/);
  await raises((st) => st.sidebar.formSubmitButton("Go"), /must be used inside a form/);
});

test("on a submit, the submit button's onClick runs first, then the onChange of the form's changed widgets, then the app", async () => {
  const calls: string[] = [];
  const at = AppTest.fromFunction((st) => {
    const f = st.form("f");
    f.textInput("Name", { key: "name", onChange: () => calls.push(`name=${st.sessionState.name}`) });
    f.checkbox("Agree", { key: "agree", onChange: () => calls.push(`agree=${st.sessionState.agree}`) });
    f.formSubmitButton("Send", { onClick: () => calls.push("send") });
    calls.push("app");
  });
  await at.run();
  calls.length = 0;
  at.textInput[0]!.input("Ada");
  await at.run();
  assert.equal(calls, ["app"], "not submitted: no callback, the value is not applied");
  calls.length = 0;
  at.textInput[0]!.input("Ada");
  at.checkbox[0]!.check();
  await at.form[0]!.submit().run();
  assert.equal(calls, ["send", "name=Ada", "agree=true", "app"]);
});

test("widgets in a container inside a form belong to the form; the sidebar of a form does not", async () => {
  const at = AppTest.fromFunction((st) => {
    const f = st.form("f");
    const [left] = f.columns(2);
    const a = left!.textInput("A");
    const b = f.sidebar.textInput("B");
    f.formSubmitButton();
    st.text(`${a}|${b}`);
  });
  await at.run();
  assert.equal(at.textInput.map((w) => w.formId), ["f", ""]);
  at.textInput[0]!.input("x");
  at.textInput[1]!.input("y");
  await at.run();
  assert.is(at.text[0]!.value, "|y");
});

test("a disabled submit button cannot submit", async () => {
  const at = await AppTest.fromFunction((st) => void st.form("f").formSubmitButton("Go", { disabled: true })).run();
  assert.throws(() => at.form[0]!.submit(), (e: unknown) => e instanceof AppTestError && /disabled/.test(e.message));
});

test("the submit button's onClick can clear a field through session state; the browser is shown the cleared value", async () => {
  const sent: string[] = [];
  const at = AppTest.fromFunction((st) => {
    const f = st.form("chat");
    f.textInput("Message", { key: "msg" });
    f.formSubmitButton("Send", { onClick: () => { sent.push(st.sessionState.msg); st.sessionState.msg = ""; } });
  });
  await at.run();
  at.textInput[0]!.input("hello");
  await at.formSubmitButton[0]!.click().run();
  assert.equal(sent, ["hello"]);
  assert.is(at.textInput[0]!.value, "");
  assert.equal([at.textInput[0]!.proto.value, at.textInput[0]!.proto.setValue], ["", true]);
});

test("the same widget inside and outside a form are two widgets (the form is part of its identity)", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.textInput("Name");
    st.form("f").textInput("Name");
    st.form("f2").formSubmitButton();
  }).run();
  assert.equal(at.exception.map((e) => /Missing Submit Button: form "f"/.test(e.value)), [true], "no duplicate-widget error");
  assert.is(new Set(at.textInput.map((w) => w.id)).size, 2);
});

test("examples/form.ts: validation message, then a welcome; the note form clears after each note", async () => {
  const at = await AppTest.fromFile("examples/form.ts").run();
  const signup = at.form.byKey("Sign up");
  signup.textInput[0]!.input("Ada");
  signup.textInput[1]!.input("nope");
  await signup.submit().run();
  assert.match(at.error[0]!.value, /enter an email address like name@example.com; accept the terms/);
  at.form.byKey("Sign up").textInput[1]!.input("ada@example.com");
  at.form.byKey("Sign up").checkbox[0]!.check();
  await at.radio[0]!.setValue("Team").run();
  assert.is(at.success.length, 0, "choosing a plan does not submit the form");
  await at.form.byKey("Sign up").submit().run();
  assert.is(at.success[0]!.value, "Welcome, Ada! 1 seat on the Team plan; we wrote to ada@example.com.");
  const quick = at.form.byKey("Quick note");
  quick.textInput[0]!.input("Buy milk");
  await quick.submit().run();
  assert.is(at.form.byKey("Quick note").textInput[0]!.value, "");
  assert.match(at.markdown.at(-1)!.value, /- Buy milk/);
  assert.equal(at.exception.map((e) => e.value), []);
});

test.run();
