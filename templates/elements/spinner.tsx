/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.spinner → its text as a status message beside a spinning ring (still under reduced motion); its place is
// aria-busy while the callback runs. The builder empties the slot when the callback is done.
import type { sluice } from "../../src/gen/proto.js";

export default function Spinner({ el }: { el: sluice.ISpinner; id: string }) {
  return (
    <div class="sl-spinner" aria-busy="true">
      <span class="sl-spinner-icon" aria-hidden="true"></span>
      <span role="status">{el.text}</span>
    </div>
  );
}
