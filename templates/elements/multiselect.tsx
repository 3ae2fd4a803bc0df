/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.multiselect → two views of one value. Without scripts: a fieldset of checkboxes, each posting its option index
// under the widget's name (the hidden "" keeps posting an empty selection). With scripts (static/nojs.css decides
// which shows, so nothing flashes): an ARIA APG combobox with a multi-select listbox popup and removable chips in
// selection order; static/glue/41-multiselect.js drives it and posts the chips' order.
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, FieldError, Help, inputId, invalid, labelClass, widgetClass } from "../parts.tsx";

/** The hint stating the limit ("Choose up to 3"), or null. */
export const maxHint = (max?: number | null) => (max && max > 0 ? `Choose up to ${max}` : null);
const maxHintId = (id: string) => id + "-max"; // "-hint" is the error's hint (parts.tsx)

export default function MultiSelect({ el, id }: { el: sluice.IMultiSelect; id: string }) {
  const name = el.id ?? "";
  const order = el.value ?? [];
  const selected = new Set(order);
  const options = el.options ?? [];
  const hint = maxHint(el.maxSelections);
  const described = [hint ? maxHintId(id) : null, describedBy(id, el.help, el.error)].filter(Boolean).join(" ") || undefined;
  const disabled = el.disabled || undefined;
  const full = !!el.maxSelections && order.length >= el.maxSelections;
  return (
    <div class={widgetClass("sl-widget sl-multiselect", el.error)} data-sl-ms={name} data-max={el.maxSelections || undefined}>
      <FieldError id={id} error={el.error} />
      <div class="sl-ms-combo">
        <label class={labelClass(el.labelVisibility)} for={inputId(id)} id={id + "-label"}>
          {el.label}
        </label>
        <div class="sl-ms-box">
          <ul class="sl-ms-chips" aria-label={`Selected: ${el.label ?? ""}`}>
            {order.map((i) => (
              <li class="sl-chip" data-v={String(i)}>
                <span>{options[i]}</span>
                <button type="button" class="sl-chip-remove" data-v={String(i)} aria-label={`Remove ${options[i]}`} disabled={disabled}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <input
            type="text"
            id={inputId(id)}
            role="combobox"
            aria-expanded="false"
            aria-controls={id + "-list"}
            aria-autocomplete="list"
            aria-describedby={described}
            aria-invalid={invalid(el.error)}
            autocomplete="off"
            placeholder={order.length ? undefined : el.placeholder || undefined}
            disabled={disabled}
          />
        </div>
        <ul class="sl-ms-list" id={id + "-list"} role="listbox" aria-multiselectable="true" aria-labelledby={id + "-label"} hidden>
          {options.map((opt, i) => (
            <li
              role="option"
              id={`${id}-opt${i}`}
              data-v={String(i)}
              aria-selected={selected.has(i) ? "true" : "false"}
              aria-disabled={full && !selected.has(i) ? "true" : undefined}
            >
              {opt}
            </li>
          ))}
        </ul>
      </div>
      <fieldset class="sl-ms-fallback sl-widget" aria-describedby={described} disabled={disabled}>
        <legend class={labelClass(el.labelVisibility)}>{el.label}</legend>
        <input type="hidden" name={name} value="" />
        {options.map((opt, i) => (
          <div class="sl-option">
            <input type="checkbox" id={`${id}-c${i}`} name={name} value={String(i)} checked={selected.has(i) || undefined} />
            <label for={`${id}-c${i}`}>{opt}</label>
          </div>
        ))}
      </fieldset>
      {hint ? (
        <small class="sl-hint" id={maxHintId(id)}>
          {hint}
        </small>
      ) : null}
      <Help id={id} help={el.help} />
    </div>
  );
}
