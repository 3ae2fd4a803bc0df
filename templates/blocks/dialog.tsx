/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.dialog → a <dialog> the glue (static/glue/60-dialog.js) opens modally; without scripts nojs.css shows it in
// place as a section with its heading, and its Close button is a plain submit.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Dialog({ block, id, slot, children }: { block: sluice.Block.IDialog; id: string; slot: string; children?: Child }) {
  const heading = id + "-title";
  return (
    <dialog class={`sl-dialog sl-dialog-${block.width || "small"}`} aria-labelledby={heading} data-sl-dialog="" data-dismissible={block.dismissible ? "" : undefined}>
      <section class="sl-dialog-section" aria-labelledby={heading}>
        <div class="sl-dialog-head">
          <h2 class="sl-dialog-title" id={heading} tabindex={-1}>
            {block.title}
          </h2>
          {block.closeId ? (
            <button type="submit" class="sl-dialog-close" name={block.closeId} value="1" formnovalidate>
              Close
            </button>
          ) : null}
        </div>
        <div class="sl-dialog-body" id={slot}>
          {children}
        </div>
      </section>
    </dialog>
  );
}
