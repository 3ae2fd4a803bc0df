/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.multiselect → a native multiple <select>; the hidden "" makes an empty selection still post.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help, inputId, Label } from "../parts.tsx";

export default function MultiSelect({ el, id }: { el: sluice.IMultiSelect; id: string }) {
  const selected = new Set(el.value ?? []);
  const options = el.options ?? [];
  return (
    <div class="sl-widget sl-multiselect">
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <input type="hidden" name={el.id ?? ""} value="" disabled={el.disabled || undefined} />
      <select
        id={inputId(id)}
        name={el.id ?? ""}
        multiple
        size={Math.min(Math.max(options.length, 2), 8)}
        disabled={el.disabled || undefined}
        aria-describedby={describedBy(id, el.help)}
      >
        {options.map((opt, i) => (
          <option value={String(i)} selected={selected.has(i) || undefined}>
            {opt}
          </option>
        ))}
      </select>
      <Help id={id} help={el.help} />
    </div>
  );
}
