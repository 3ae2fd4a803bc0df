/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.tabs → the WAI-ARIA tabs pattern: a tablist of buttons, each controlling its tab's panel (the Tab children,
// in the slot). The glue (static/glue/60-tabs.js) does the keys and keeps the selection; without scripts the tab
// list is hidden and every panel shows under its heading (static/nojs.css).
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

/** The DOM ids of tab `i` of the container with DOM id `id`: its button and its panel (the Tab block's slot). */
export const tabIds = (id: string, i: number) => ({ tab: `${id}-${i}-tab`, panel: `${id}-${i}-c` });

export default function TabContainer({ block, id, slot, children }: { block: sluice.Block.ITabContainer; id: string; slot: string; children?: Child }) {
  const labels = block.labels ?? [];
  const selected = block.defaultIndex ?? 0;
  return (
    <div class="sl-tabs" data-sl-tabs={block.key || labels.join("\u241f")}>
      <div class="sl-tablist" role="tablist">
        {labels.map((label, i) => {
          const ids = tabIds(id, i);
          return (
            <button type="button" role="tab" class="sl-tab" id={ids.tab} aria-controls={ids.panel} aria-selected={i === selected ? "true" : "false"} tabindex={i === selected ? 0 : -1}>
              {label}
            </button>
          );
        })}
      </div>
      <div class="sl-tabpanels" id={slot}>
        {children}
      </div>
    </div>
  );
}
