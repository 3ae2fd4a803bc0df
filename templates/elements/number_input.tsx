/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.numberInput → a native number input with its bounds and step.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help, inputId, Label } from "../parts.tsx";

export default function NumberInput({ el, id }: { el: sluice.INumberInput; id: string }) {
  return (
    <div class="sl-widget sl-number-input">
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <input
        type="number"
        id={inputId(id)}
        name={el.id ?? ""}
        value={el.value === null || el.value === undefined ? "" : String(el.value)}
        min={el.hasMin ? String(el.min) : undefined}
        max={el.hasMax ? String(el.max) : undefined}
        step={String(el.step || "any")}
        inputmode={el.dataType === 0 ? "numeric" : "decimal"}
        placeholder={el.placeholder || undefined}
        disabled={el.disabled || undefined}
        aria-describedby={describedBy(id, el.help)}
      />
      <Help id={id} help={el.help} />
    </div>
  );
}
