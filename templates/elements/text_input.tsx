/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.textInput → a native text (or password) input; committed on Enter or blur (the change event). A password's
// value is never rendered back (Django's render_value=False).
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, Label, shown, widgetClass } from "../parts.tsx";

export default function TextInput({ el, id }: { el: sluice.ITextInput; id: string }) {
  return (
    <div class={widgetClass("sl-widget sl-text-input", el.error)}>
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <FieldError id={id} error={el.error} />
      <input
        type={el.type === 1 ? "password" : "text"}
        id={inputId(id)}
        name={el.id ?? ""}
        value={el.type === 1 ? "" : shown(el.value ?? "", el.error)}
        maxlength={el.maxChars || undefined}
        placeholder={el.placeholder || undefined}
        autocomplete={el.autocomplete || (el.type === 1 ? "current-password" : undefined)}
        disabled={el.disabled || undefined}
        aria-invalid={invalid(el.error)}
        aria-describedby={describedBy(id, el.help, el.error)}
      />
      <Help id={id} help={el.help} />
    </div>
  );
}
