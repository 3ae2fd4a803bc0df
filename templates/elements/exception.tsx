/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.exception and uncaught app errors → the type, message and stack, in place.
import type { sluice } from "../../src/gen/proto.js";

export default function Exception({ el }: { el: sluice.IException; id: string }) {
  return (
    <div class={el.isWarning ? "sl-exception sl-alert sl-alert-warning" : "sl-exception sl-alert sl-alert-error"} role="alert">
      <p class="sl-exception-head">
        <strong>{el.type}</strong>: {el.message}
      </p>
      {el.stackTrace?.length ? (
        <details class="sl-stack">
          <summary>Traceback</summary>
          <pre tabindex={0}>{el.stackTrace.join("\n")}</pre>
        </details>
      ) : null}
    </div>
  );
}
