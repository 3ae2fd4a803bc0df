// st.form and formSubmitButton: a form block whose widgets post nothing until one of its submit buttons is pressed,
// then all at once (the server side of that rule is src/script/forms.ts), with Streamlit's errors for misuse.
import type { DeltaGenerator } from "./dg.ts";
import { buttonWidget, type ButtonOptions } from "./button.ts";
import { exception } from "./exception.ts";
import { runForms } from "../script/forms.ts";
import { FormError } from "../util/errors.ts";

export interface FormOptions {
  /** After a submit, the form's widgets go back to their defaults (the app still sees the submitted values once). */
  clearOnSubmit?: boolean;
  /** Enter in a one-line field of the form submits it (default true). */
  enterToSubmit?: boolean;
  /** A border around the form (default true). */
  border?: boolean;
  /** A fixed height in pixels; the form scrolls (a focusable region). */
  height?: number;
}

/**
 * `const f = st.form("signup"); const email = f.textInput("Email"); if (f.formSubmitButton("Sign up")) …`
 * The key names the form (unique per run) and is its accessible name ("signup" → a form landmark "signup").
 */
export function form(dg: DeltaGenerator, key: string, o: FormOptions = {}): DeltaGenerator {
  if (typeof key !== "string" || key === "") throw new FormError("`st.form` needs a key: a name unique on the page, e.g. `st.form(\"signup\")`.");
  if (dg.formId) throw new FormError(`Forms cannot be nested in other forms: \`st.form("${key}")\` was called inside \`st.form("${dg.formId}")\`.`);
  const ctx = dg.ctx;
  const forms = runForms(ctx);
  if (forms.has(key)) {
    throw new FormError(`There are multiple forms with \`key="${key}"\`. Give each \`st.form\` a key of its own.`);
  }
  const inner = dg.writeBlock({
    form: { formId: key, clearOnSubmit: !!o.clearOnSubmit, border: o.border ?? true, enterToSubmit: o.enterToSubmit ?? true, height: o.height ?? 0 },
  });
  inner.formId = key;
  const run = { key, clearOnSubmit: !!o.clearOnSubmit, hasSubmit: false };
  forms.set(key, run);
  // Streamlit's check, at the end of the run (a submit button may be drawn after other things): shown in the form.
  ctx.finishers.push(() => {
    if (run.hasSubmit) return;
    exception(inner, new FormError(
      `Missing Submit Button: form "${key}" has no submit button, so what is entered in it never reaches the app. ` +
        `Add one with \`formSubmitButton\`, e.g. \`form.formSubmitButton("Submit")\`.`,
    ));
  });
  return inner;
}

/** As st.button's: onClick, args, type, icon, disabled, useContainerWidth, help, key. */
export type FormSubmitButtonOptions = ButtonOptions;

/** `if (form.formSubmitButton("Sign up")) …`: true in the run its press caused, with the form's values applied. */
export function formSubmitButton(dg: DeltaGenerator, label = "Submit", o: FormSubmitButtonOptions = {}): boolean {
  if (!dg.formId) {
    throw new FormError(`\`formSubmitButton\` "${label}" must be used inside a form: call it on the form, e.g. \`const f = st.form("key"); f.formSubmitButton("${label}")\`.`);
  }
  return buttonWidget(dg, "form_submit_button", label, o, { formId: dg.formId, isFormSubmitter: true });
}
