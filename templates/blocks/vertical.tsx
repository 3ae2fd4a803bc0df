/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.container → a plain (optionally bordered, scrollable) box.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Vertical({ block, slot, children }: { block: sluice.Block.IVertical; slot: string; children?: Child }) {
  const cls = "sl-container" + (block.border ? " sl-bordered" : "") + (block.key ? " st-key-" + block.key : "");
  return (
    <div class={cls} id={slot} style={block.height ? `max-height:${block.height}px;overflow:auto` : undefined} tabindex={block.height ? 0 : undefined} data-sl-run-every={block.runEveryMs || undefined}>
      {children}
    </div>
  );
}
