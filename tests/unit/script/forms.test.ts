// The server's form rule, on the request as the runner takes it: a form's values (and refused values) are applied
// only by a request that pressed that form's submit button, whatever else the request carries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { harness } from "./harness.ts";
import { formPost } from "../../../src/script/forms.ts";

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

test.run();
