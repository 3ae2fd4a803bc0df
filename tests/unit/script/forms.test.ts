// The server's form rule, on the request as the runner takes it: a form's values (and refused values) are applied
// only by a request that pressed that form's submit button, whatever else the request carries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { harness } from "./harness.ts";
import { formPost, withDrafts } from "../../../src/script/forms.ts";
import { snapshot } from "../../../src/diff/diff.ts";
import { Tree } from "../../../src/tree/tree.ts";

const app = (seen: string[]) => (st: any) => {
  const f = st.form("f");
  const name = f.textInput("Name");
  const sent = f.formSubmitButton("Send");
  const other = st.textInput("Other");
  seen.push(`${name}|${sent}|${other}`);
};

test("a forged form value on a request that did not submit the form is not applied; the other values are", async () => {
  const seen: string[] = [];
  const h = harness(app(seen));
  await h.runner.request({ widgetStates: null });
  await h.runner.request({ widgetStates: [h.ws("Name", "forged"), h.ws("Other", "x")] });
  assert.is(seen.at(-1), "|false|x");
  await h.runner.request({ widgetStates: [h.ws("Name", "real"), h.ws("Other", "x"), { id: h.idOf("Send"), triggerValue: true }] });
  assert.is(seen.at(-1), "real|true|x");
  await h.runner.request({ widgetStates: [h.ws("Name", "forged again"), h.ws("Other", "y")] });
  assert.is(seen.at(-1), "real|false|y", "the submitted value stays");
});

test("a refused value in an unsubmitted form neither shows an error nor clears one", async () => {
  const seen: string[] = [];
  const h = harness(app(seen));
  await h.runner.request({ widgetStates: null });
  const id = h.idOf("Name");
  await h.runner.request({ widgetStates: [], widgetErrors: [{ id, message: "Too long" }] });
  assert.is(h.state.fieldErrors.has(id), false);
  await h.runner.request({ widgetStates: [{ id: h.idOf("Send"), triggerValue: true }], widgetErrors: [{ id, message: "Too long" }] });
  assert.is(h.state.fieldErrors.get(id)?.message, "Too long");
  await h.runner.request({ widgetStates: [h.ws("Name", "ok")] });
  assert.is(h.state.fieldErrors.get(id)?.message, "Too long", "not cleared by a value the form did not submit");
});

test("formPost puts submit presses first (their onClick runs before other callbacks) and reports the submitted forms", async () => {
  const h = harness(app([]));
  await h.runner.request({ widgetStates: null });
  const press = { id: h.idOf("Send"), triggerValue: true };
  const post = formPost({ widgetStates: [h.ws("Other", "o"), h.ws("Name", "n"), press] }, h.state.registry);
  assert.equal(post.states!.map((s) => s.id), [h.idOf("Send"), h.idOf("Other"), h.idOf("Name")]);
  assert.equal([...post.submitted], ["f"]);
  assert.equal(formPost({ widgetStates: null }, h.state.registry).states, null);
});

test("drafts: what an unsubmitted post carried is shown on the no-JS page until a submit or the app sets the value; never a password", async () => {
  const h = harness((st: any) => {
    const f = st.form("f");
    f.textInput("Name", { key: "name" });
    f.textInput("Secret", { type: "password" });
    f.formSubmitButton("Send");
  });
  await h.runner.request({ widgetStates: null });
  const shown = (label: string) => {
    const id = h.idOf(label);
    const node = { key: "0.0", path: [0, 0], delta: "element" as const, type: "textInput", message: { textInput: { id, value: "server" } } };
    return (withDrafts(h.state, [node as any])[0]!.message as any).textInput.value;
  };
  await h.runner.request({ widgetStates: [h.ws("Name", "typed"), h.ws("Secret", "hunter2")] });
  assert.is(shown("Name"), "typed");
  assert.is(shown("Secret"), "server", "a password is never kept");
  await h.runner.request({ widgetStates: [h.ws("Name", "typed"), { id: h.idOf("Send"), triggerValue: true }] });
  assert.is(shown("Name"), "server", "submitted: no draft");
  await h.runner.request({ widgetStates: [h.ws("Name", "again")] });
  assert.is(shown("Name"), "again");
  h.state.proxy().name = "set by the app";
  await h.runner.request({ widgetStates: null });
  assert.is(shown("Name"), "server", "the app's value wins");
  assert.equal(withDrafts(h.state, snapshot(new Tree())), []);
});

test.run();
