/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The row st.columns writes: a flex row of column blocks.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Horizontal({ block, slot, children }: { block: sluice.Block.IHorizontal; slot: string; children?: Child }) {
  return (
    <div class={"sl-columns sl-gap-" + (block.gap || "small")} id={slot}>
      {children}
    </div>
  );
}
