/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// Pieces every widget template shares: its label (visible, hidden or collapsed, always programmatic), its help, and
// its error (GOV.UK style: the limits as a hint, then "Error: …", referenced by the control's aria-describedby).
import type { sluice } from "../src/gen/proto.js";

export const inputId = (id: string) => id + "-in";
export const helpId = (id: string) => id + "-help";
export const errorId = (id: string) => id + "-error";

/**
 * The DOM id of the control an error links to: the first radio, the first checkbox of a multiselect (the summary is
 * what a page without JavaScript shows, where the multiselect is its fieldset), the low thumb of a range, else the input.
 */
export const errorTarget = (type: string, id: string, el: { value?: unknown }) =>
  type === "radio" ? `${id}-o0` : type === "multiselect" ? `${id}-c0` : type === "slider" && Array.isArray(el.value) && el.value.length === 2 ? inputId(id) + "0" : inputId(id);
export const hintId = (id: string) => id + "-hint";

/** aria-describedby for a widget: its hint and error while it has one, then its help; undefined for none. */
export const describedBy = (id: string, help?: string | null, error?: sluice.IFieldError | null) =>
  [error?.hint ? hintId(id) : "", error ? errorId(id) : "", help ? helpId(id) : ""].filter(Boolean).join(" ") || undefined;

/** aria-invalid for a widget's control. */
export const invalid = (error?: sluice.IFieldError | null) => (error ? "true" : undefined);

/** The wrapper's class, marked while the widget shows an error. */
export const widgetClass = (cls: string, error?: sluice.IFieldError | null) => (error ? cls + " sl-invalid" : cls);

/** What a text-like field shows: the text the user entered when it was refused (kept to correct), else `value`. */
export const shown = (value: string, error?: sluice.IFieldError | null) =>
  error && error.entered?.length ? error.entered[error.entered.length - 1]! : value;

/** The limits (as a hint) and the error message, between a widget's label and its control. */
export function FieldError(props: { id: string; error?: sluice.IFieldError | null }) {
  const e = props.error;
  if (!e) return null;
  return (
    <>
      {e.hint ? (
        <small class="sl-hint" id={hintId(props.id)}>
          {e.hint}
        </small>
      ) : null}
      <p class="sl-error-message" id={errorId(props.id)}>
        <strong>Error:</strong> {e.message}
      </p>
    </>
  );
}

export const labelClass = (v?: sluice.ILabelVisibility | null) =>
  v?.value === 1 ? "sl-label sl-visually-hidden" : v?.value === 2 ? "sl-label sl-visually-hidden sl-collapsed" : "sl-label";

export function Label(props: { id: string; text: string; visibility?: sluice.ILabelVisibility | null }) {
  return (
    <label class={labelClass(props.visibility)} for={inputId(props.id)} id={props.id + "-label"}>
      {props.text}
    </label>
  );
}

export function Help(props: { id: string; help?: string | null }) {
  return props.help ? (
    <small class="sl-help" id={helpId(props.id)}>
      {props.help}
    </small>
  ) : null;
}
