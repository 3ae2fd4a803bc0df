/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.radio → a fieldset of radio buttons; the hidden "" before them means "none selected".
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, labelClass, widgetClass } from "../parts.tsx";

export default function Radio({ el, id }: { el: sluice.IRadio; id: string }) {
  const name = el.id ?? "";
  return (
    <fieldset class={widgetClass(el.horizontal ? "sl-widget sl-radio sl-horizontal" : "sl-widget sl-radio", el.error)} aria-describedby={describedBy(id, el.help, el.error)} disabled={el.disabled || undefined}>
      <legend class={labelClass(el.labelVisibility)}>{el.label}</legend>
      <FieldError id={id} error={el.error} />
      <input type="hidden" name={name} value="" />
      {(el.options ?? []).map((opt, i) => (
        <div class="sl-option">
          <input type="radio" id={`${id}-o${i}`} name={name} value={String(i)} checked={el.value === i || undefined} />
          <label for={`${id}-o${i}`}>
            {opt}
            {el.captions?.[i] ? <small class="sl-caption">{el.captions[i]}</small> : null}
          </label>
        </div>
      ))}
      <Help id={id} help={el.help} />
    </fieldset>
  );
}
