/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.textArea → a native <textarea>; committed on blur (the change event).
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, Label, shown, widgetClass } from "../parts.tsx";

export default function TextArea({ el, id }: { el: sluice.ITextArea; id: string }) {
  return (
    <div class={widgetClass("sl-widget sl-text-area", el.error)}>
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <FieldError id={id} error={el.error} />
      <textarea
        id={inputId(id)}
        name={el.id ?? ""}
        rows={el.height ? Math.max(2, Math.round(el.height / 24)) : 4}
        maxlength={el.maxChars || undefined}
        placeholder={el.placeholder || undefined}
        disabled={el.disabled || undefined}
        aria-invalid={invalid(el.error)}
        aria-describedby={describedBy(id, el.help, el.error)}
      >
        {shown(el.value ?? "", el.error)}
      </textarea>
      <Help id={id} help={el.help} />
    </div>
  );
}
