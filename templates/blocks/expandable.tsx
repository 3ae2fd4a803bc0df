/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.expander → a native <details>, so it opens and closes without scripts.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Expandable({ block, slot, children }: { block: sluice.Block.IExpandable; slot: string; children?: Child }) {
  return (
    <details class="sl-expander" open={block.expanded || undefined}>
      <summary>
        {block.icon ? <span aria-hidden="true">{block.icon} </span> : null}
        {block.label}
      </summary>
      <div class="sl-expander-body" id={slot}>
        {children}
      </div>
    </details>
  );
}
