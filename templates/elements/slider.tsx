/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.slider → native range input(s) with the formatted value in an <output>. A range is a fieldset of two
// inputs posted under one name (low, then high).
import type { sluice } from "../../src/gen/proto.js";
import { sprintf } from "../format.ts";
import { describedBy, FieldError, Help, inputId, invalid, Label, labelClass, widgetClass } from "../parts.tsx";

export default function Slider({ el, id }: { el: sluice.ISlider; id: string }) {
  const values = el.value ?? [];
  const fmt = (v: number) => sprintf(el.format || "%d", v);
  const common = {
    name: el.id ?? "",
    min: String(el.min ?? 0),
    max: String(el.max ?? 100),
    step: String(el.step ?? 1),
    disabled: el.disabled || undefined,
    "aria-invalid": invalid(el.error),
  };
  if (values.length === 2) {
    return (
      <fieldset class={widgetClass("sl-widget sl-slider sl-range", el.error)} aria-describedby={describedBy(id, el.help, el.error)}>
        <legend class={labelClass(el.labelVisibility)}>{el.label}</legend>
        <FieldError id={id} error={el.error} />
        {(["Minimum", "Maximum"] as const).map((which, i) => (
          <div class="sl-range-end">
            <label for={`${inputId(id)}${i}`}>{which}</label>
            <input type="range" id={`${inputId(id)}${i}`} {...common} value={String(values[i])} aria-valuetext={fmt(values[i]!)} />
            <output for={`${inputId(id)}${i}`} aria-live="off">{fmt(values[i]!)}</output>
          </div>
        ))}
        <Help id={id} help={el.help} />
      </fieldset>
    );
  }
  const v = values[0] ?? el.min ?? 0;
  return (
    <div class={widgetClass("sl-widget sl-slider", el.error)}>
      <Label id={id} text={el.label ?? ""} visibility={el.labelVisibility} />
      <FieldError id={id} error={el.error} />
      <div class="sl-slider-row">
        <input type="range" id={inputId(id)} {...common} value={String(v)} aria-valuetext={fmt(v)} aria-describedby={describedBy(id, el.help, el.error)} />
        <output for={inputId(id)} id={id + "-out"} aria-live="off">{fmt(v)}</output>
      </div>
      <Help id={id} help={el.help} />
    </div>
  );
}
