/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.selectbox → a native <select>; an empty first option stands for "no selection".
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, Label, widgetClass } from "../parts.tsx";

export default function Selectbox({ el, id }: { el: sluice.ISelectbox; id: string }) {
  const none = el.value === null || el.value === undefined;
  return (
    <div class={widgetClass("sl-widget sl-selectbox", el.error)}>
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <FieldError id={id} error={el.error} />
      <select id={inputId(id)} name={el.id ?? ""} disabled={el.disabled || undefined} aria-invalid={invalid(el.error)} aria-describedby={describedBy(id, el.help, el.error)}>
        {none ? <option value="" selected>{el.placeholder}</option> : null}
        {(el.options ?? []).map((opt, i) => (
          <option value={String(i)} selected={el.value === i || undefined}>
            {opt}
          </option>
        ))}
      </select>
      <Help id={id} help={el.help} />
    </div>
  );
}
