/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.textInput → a native text (or password) input; committed on Enter or blur (the change event).
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help, inputId, Label } from "../parts.tsx";

export default function TextInput({ el, id }: { el: sluice.ITextInput; id: string }) {
  return (
    <div class="sl-widget sl-text-input">
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <input
        type={el.type === 1 ? "password" : "text"}
        id={inputId(id)}
        name={el.id ?? ""}
        value={el.value ?? ""}
        maxlength={el.maxChars || undefined}
        placeholder={el.placeholder || undefined}
        autocomplete={el.autocomplete || (el.type === 1 ? "current-password" : "off")}
        disabled={el.disabled || undefined}
        aria-describedby={describedBy(id, el.help)}
      />
      <Help id={id} help={el.help} />
    </div>
  );
}
