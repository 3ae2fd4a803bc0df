/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// Pieces every widget template shares: its label (visible, hidden or collapsed, always programmatic) and its help.
import type { sluice } from "../src/gen/proto.js";

export const inputId = (id: string) => id + "-in";
export const helpId = (id: string) => id + "-help";

/** aria-describedby for a widget with help text, or undefined. */
export const describedBy = (id: string, help?: string | null) => (help ? helpId(id) : undefined);

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
