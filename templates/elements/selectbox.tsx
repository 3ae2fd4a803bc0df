/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.selectbox → a native <select>; an empty first option stands for "no selection".
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help, inputId, Label } from "../parts.tsx";

export default function Selectbox({ el, id }: { el: sluice.ISelectbox; id: string }) {
  const none = el.value === null || el.value === undefined;
  return (
    <div class="sl-widget sl-selectbox">
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <select id={inputId(id)} name={el.id ?? ""} disabled={el.disabled || undefined} aria-describedby={describedBy(id, el.help)}>
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
