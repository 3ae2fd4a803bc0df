/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// One column of st.columns; its weight sets its share of the row.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

const align = ["top", "center", "bottom"];

export default function Column({ block, slot, children }: { block: sluice.Block.IColumn; slot: string; children?: Child }) {
  const cls = "sl-column sl-align-" + (align[block.verticalAlignment ?? 0] ?? "top") + (block.border ? " sl-bordered" : "");
  return (
    <div class={cls} id={slot} style={`flex:${block.weight ?? 1} 1 0`}>
      {children}
    </div>
  );
}
