/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.form → a form landmark (role="form", named by the form's key) inside the page's one <form>; the glue
// (static/glue/60-forms.js) keeps its controls from posting until its submit button is pressed.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

/** The form's accessible name: its key, words split at "_" and "-" ("sign_up" → "sign up"). */
export const formName = (key: string) => key.replace(/[_-]+/g, " ").trim() || "form";

export default function Form({ block, slot, children }: { block: sluice.Block.IForm; slot: string; children?: Child }) {
  const cls = "sl-form" + (block.border ? " sl-bordered" : "");
  return (
    <div
      role="form"
      aria-label={formName(block.formId ?? "")}
      class={cls}
      id={slot}
      data-sl-form={block.formId ?? ""}
      data-enter-submit={block.enterToSubmit ? "" : undefined}
      style={block.height ? `max-height:${block.height}px;overflow:auto` : undefined}
      tabindex={block.height ? 0 : undefined}
    >
      {children}
    </div>
  );
}
