/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// One tab of st.tabs: its panel, labelled by its tab button. The heading shows only without scripts, where every
// panel is shown one after another.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

export default function Tab({ block, id, slot, children }: { block: sluice.Block.ITab; id: string; slot: string; children?: Child }) {
  return (
    <>
      <h3 class="sl-tab-heading">{block.label}</h3>
      <div class="sl-tabpanel" role="tabpanel" id={slot} aria-labelledby={id + "-tab"} tabindex={0} hidden={!block.selected}>
        {children}
      </div>
    </>
  );
}
