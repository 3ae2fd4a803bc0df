/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.textArea → a native <textarea>; committed on blur (the change event).
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help, inputId, Label } from "../parts.tsx";

export default function TextArea({ el, id }: { el: sluice.ITextArea; id: string }) {
  return (
    <div class="sl-widget sl-text-area">
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <textarea
        id={inputId(id)}
        name={el.id ?? ""}
        rows={el.height ? Math.max(2, Math.round(el.height / 24)) : 4}
        maxlength={el.maxChars || undefined}
        placeholder={el.placeholder || undefined}
        disabled={el.disabled || undefined}
        aria-describedby={describedBy(id, el.help)}
      >
        {el.value ?? ""}
      </textarea>
      <Help id={id} help={el.help} />
    </div>
  );
}
