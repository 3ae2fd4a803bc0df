/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.expander → a native <details>, so it opens and closes without scripts. st.status is one with a state, shown
// as an icon and as words ("Running", "Complete", "Error"), never by colour alone. `data-open` is the open state
// the server rendered: the glue keeps the user's open state through a morph unless the server's changed.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

const STATE_TEXT: Record<string, string> = { running: "Running", complete: "Complete", error: "Error" };

export default function Expandable({ block, slot, children }: { block: sluice.Block.IExpandable; slot: string; children?: Child }) {
  const state = block.state ? STATE_TEXT[block.state] ?? "" : "";
  return (
    <details class={"sl-expander" + (state ? " sl-status sl-status-" + block.state : "")} open={block.expanded || undefined} data-open={block.expanded ? "1" : "0"}>
      <summary>
        {state ? <span class="sl-status-icon" aria-hidden="true"></span> : null}
        {state ? <span class="sl-visually-hidden">{state}: </span> : null}
        {block.icon ? <span aria-hidden="true">{block.icon} </span> : null}
        {block.label}
      </summary>
      <div class="sl-expander-body" id={slot}>
        {children}
      </div>
    </details>
  );
}
