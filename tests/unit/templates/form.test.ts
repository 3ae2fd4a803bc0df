// The form block's HTML: a form landmark named by its key, holding its children's slot, with what the glue reads
// (data-sl-form, data-enter-submit); a fixed height makes it a focusable scrolling region.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { byRole, render } from "../helpers.ts";
import { formName } from "../../../templates/blocks/form.tsx";

test("a form is a named form landmark whose slot takes its children", () => {
  const root = render({ addBlock: { form: { formId: "sign_up", border: true, enterToSubmit: true } } }, [0, 2]);
  const [form] = byRole(root, "form");
  assert.ok(form);
  assert.is(form!.getAttribute("aria-label"), "sign up");
  assert.is(form!.id, "sl-0-2-c");
  assert.is(form!.getAttribute("data-sl-form"), "sign_up");
  assert.ok(form!.hasAttribute("data-enter-submit"));
  assert.ok(form!.classList.contains("sl-bordered"));
  assert.is(form!.getAttribute("tabindex"), null);
});

test("enterToSubmit off, no border, and a height that scrolls", () => {
  const root = render({ addBlock: { form: { formId: "f", border: false, enterToSubmit: false, height: 200 } } });
  const form = byRole(root, "form")[0]!;
  assert.not.ok(form.hasAttribute("data-enter-submit"));
  assert.not.ok(form.classList.contains("sl-bordered"));
  assert.match(form.getAttribute("style") ?? "", /max-height:200px;overflow:auto/);
  assert.is(form.getAttribute("tabindex"), "0");
});

test("formName turns a key into words", () => {
  assert.equal([formName("Sign up"), formName("my-form_2"), formName("__")], ["Sign up", "my form 2", "form"]);
});

test.run();
