/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.checkbox / st.toggle → a native checkbox (role=switch for a toggle). The hidden "0" before it makes an
// unchecked box still post a value; a checked one posts "1" after it, and the last value wins.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, labelClass, widgetClass } from "../parts.tsx";

export default function Checkbox({ el, id }: { el: sluice.ICheckbox; id: string }) {
  const toggle = el.type === 1;
  return (
    <div class={widgetClass(toggle ? "sl-widget sl-toggle" : "sl-widget sl-checkbox", el.error)}>
      <FieldError id={id} error={el.error} />
      <input type="hidden" name={el.id ?? ""} value="0" disabled={el.disabled || undefined} />
      <input
        type="checkbox"
        id={inputId(id)}
        name={el.id ?? ""}
        value="1"
        role={toggle ? "switch" : undefined}
        checked={el.value || undefined}
        disabled={el.disabled || undefined}
        aria-invalid={invalid(el.error)}
        aria-describedby={describedBy(id, el.help, el.error)}
      />
      <label class={labelClass(el.labelVisibility).replace("sl-label", "sl-inline-label")} for={inputId(id)}>
        {el.label}
      </label>
      <Help id={id} help={el.help} />
    </div>
  );
}
