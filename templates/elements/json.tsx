/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.json → the pretty-printed document in a disclosure (native <details>, works without scripts).
import type { sluice } from "../../src/gen/proto.js";

export default function Json({ el }: { el: sluice.IJson; id: string }) {
  return (
    <details class="sl-json" open={el.expanded ? true : undefined}>
      <summary>JSON</summary>
      <pre tabindex={0}><code>{el.body}</code></pre>
    </details>
  );
}
