/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.popover → a button with `popovertarget` and a native popover holding the children: it opens and closes
// without scripts (Escape and a click outside close it); the glue moves focus in and back (static/glue/61-popover.js).
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help } from "../parts.tsx";

export default function Popover({ block, id, slot, children }: { block: sluice.Block.IPopover; id: string; slot: string; children?: Child }) {
  const pop = id + "-pop";
  return (
    <div class="sl-popover-wrap">
      <button
        type="button"
        class={"sl-button sl-secondary sl-popover-button" + (block.useContainerWidth ? " sl-full" : "")}
        id={id + "-open"}
        popovertarget={pop}
        disabled={block.disabled || undefined}
        aria-describedby={describedBy(id, block.help)}
      >
        {block.icon ? <span aria-hidden="true">{block.icon} </span> : null}
        {block.label}
        <span class="sl-popover-caret" aria-hidden="true"></span>
      </button>
      <Help id={id} help={block.help} />
      <div popover="auto" class="sl-popover" id={pop} role="dialog" aria-labelledby={id + "-open"} tabindex={-1}>
        <div class="sl-container" id={slot}>
          {children}
        </div>
      </div>
    </div>
  );
}
