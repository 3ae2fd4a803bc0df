/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.toast → a status message stacked in the event root. It hides itself after its duration (CSS; paused while
// hovered or focused, WCAG 2.2.1). The close button hides it (glue); without scripts it is a submit (Apply) whose
// rerun no longer has the toast. The id carries the call's number, so a new toast is a new element (a morph would
// keep the old one's finished animation).
import type { sluice } from "../../src/gen/proto.js";

export default function Toast({ el, id }: { el: sluice.IToast; id: string }) {
  const ms = el.durationMs ?? 0;
  return (
    <div class={"sl-toast" + (ms ? " sl-toast-timed" : "")} id={`${id}-t${el.show ?? 0}`} role="status" style={ms ? `--sl-toast-ms:${ms}ms` : undefined}>
      {el.icon ? (
        <span class="sl-toast-icon" aria-hidden="true">
          {el.icon}
        </span>
      ) : null}
      <p class="sl-toast-body">{el.body}</p>
      <button type="submit" class="sl-toast-close" name="_sluice_apply" value="1" aria-label="Dismiss notification">
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
