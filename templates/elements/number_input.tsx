/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.numberInput → a native number input with its bounds and step.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, Label, shown, widgetClass } from "../parts.tsx";

export default function NumberInput({ el, id }: { el: sluice.INumberInput; id: string }) {
  return (
    <div class={widgetClass("sl-widget sl-number-input", el.error)}>
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <FieldError id={id} error={el.error} />
      <input
        type="number"
        id={inputId(id)}
        name={el.id ?? ""}
        value={shown(el.value === null || el.value === undefined ? "" : String(el.value), el.error)}
        min={el.hasMin ? String(el.min) : undefined}
        max={el.hasMax ? String(el.max) : undefined}
        step={String(el.step || "any")}
        inputmode={el.dataType === 0 ? "numeric" : "decimal"}
        placeholder={el.placeholder || undefined}
        disabled={el.disabled || undefined}
        aria-invalid={invalid(el.error)}
        aria-describedby={describedBy(id, el.help, el.error)}
      />
      <Help id={id} help={el.help} />
    </div>
  );
}
