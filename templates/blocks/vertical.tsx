/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.container → a plain (optionally bordered) box; with a height it scrolls inside a focusable, labelled group so
// keyboard users can scroll it; horizontal lays its children out in a wrapping row.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Vertical({ block, slot, children }: { block: sluice.Block.IVertical; slot: string; children?: Child }) {
  const cls =
    "sl-container" +
    (block.border ? " sl-bordered" : "") +
    (block.horizontal ? " sl-horizontal" : "") +
    (block.gap && block.gap !== "small" ? " sl-gap-" + block.gap : "") +
    (block.height ? " sl-scroll" : "") +
    (block.key ? " st-key-" + block.key : "");
  const scroll = !!block.height;
  return (
    <div
      class={cls}
      id={slot}
      style={scroll ? `max-height:${block.height}px` : undefined}
      tabindex={scroll ? 0 : undefined}
      role={scroll ? "group" : undefined}
      aria-label={scroll ? "Scrollable container" : undefined}
      data-sl-run-every={block.runEveryMs || undefined}
    >
      {children}
    </div>
  );
}
