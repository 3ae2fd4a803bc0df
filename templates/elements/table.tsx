/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.table → a static <table> of every row (no paging, no controls), in its own focusable scroll region.
import type { sluice } from "../../src/gen/proto.js";
import { frameOf } from "../../src/data/cache.ts";
import { captionOf, Cell, cellClass, layoutColumns } from "../data-table.tsx";

const EMPTY = new Uint8Array();

export default function Table({ el, id }: { el: sluice.ITable; id: string }) {
  const frame = frameOf(el.data ?? EMPTY);
  const cols = layoutColumns(frame, frame.columns.map((c) => c.name), {}, 0);
  const caption = captionOf(el.label, frame.rowCount, cols.length);
  const capId = id + "-cap";
  const rows = Array.from({ length: frame.rowCount }, (_, i) => i);
  return (
    <div class="sl-dataframe sl-table">
      <div class="sl-df-scroll" role="region" aria-labelledby={capId} tabindex={0}>
        <table class="sl-df-table">
          <caption id={capId}>{caption}</caption>
          <thead>
            <tr>
              {el.hideIndex ? null : <th scope="col" class="sl-df-index"><span class="sl-visually-hidden">Row</span></th>}
              {cols.map((c) => <th scope="col" class={cellClass(c)}>{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                {el.hideIndex ? null : <th scope="row" class="sl-df-index">{r}</th>}
                {cols.map((c) => <td class={cellClass(c)}><Cell value={c.column?.values[r]} col={c} /></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
