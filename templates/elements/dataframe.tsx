/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.dataframe → a real <table> in its own focusable scroll region: caption, sortable headers (submit buttons,
// aria-sort), only the current page's rows, a pager of submit buttons, and selection checkboxes. Sorting and paging
// are done here on the server from the message's view state (src/elements/dataframe.ts owns the state).
import type { sluice } from "../../src/gen/proto.js";
import { frameOf } from "../../src/data/cache.ts";
import { pageCount, pageRows, sortOrder } from "../../src/data/sort.ts";
import { captionOf, Cell, cellClass, INDEX_COL_PX, layoutColumns, parseConfig, SELECT_COL_PX } from "../data-table.tsx";
import { helpId, Help, inputId } from "../parts.tsx";

const EMPTY = new Uint8Array();
const fmt = (n: number) => n.toLocaleString("en");

export default function Dataframe({ el, id }: { el: sluice.IDataframe; id: string }) {
  const frame = frameOf(el.data ?? EMPTY);
  const name = el.id ?? "";
  const modes = el.selectionMode ?? [];
  const selRows = modes.some((m) => m.endsWith("-row"));
  const selCols = modes.some((m) => m.endsWith("-column"));
  const showIndex = !el.hideIndex;
  const lead = (selRows ? SELECT_COL_PX : 0) + (showIndex ? INDEX_COL_PX : 0);
  const config = parseConfig(el.columnConfig);
  const cols = layoutColumns(frame, el.columnOrder ?? [], config, lead);
  const indexLabel = config["_index"]?.label;
  const size = el.pageSize || 10;
  const pages = pageCount(frame.rowCount, size);
  const page = Math.min(el.page ?? 0, pages - 1);
  const order = el.sortColumn ? sortOrder(frame, el.sortColumn, !!el.sortDescending) : null;
  const rows = pageRows(frame.rowCount, order, page, size);
  const selected = new Set(el.selectedRows ?? []);
  const selectedCols = new Set(el.selectedColumns ?? []);
  const caption = captionOf(el.label, frame.rowCount, cols.length);
  const capId = id + "-cap";
  const first = frame.rowCount ? page * size + 1 : 0;
  const last = page * size + rows.length;
  const style = [el.width ? `max-width:${el.width}px` : "", el.height ? `max-height:${el.height}px` : ""].filter(Boolean).join(";") || undefined;
  return (
    <div class={"sl-dataframe" + (el.useContainerWidth === false ? " sl-df-fit" : "")}>
      <input type="hidden" name={name} value="" />
      {/* The region is the widget's "control": a no-JS Apply that sorted or paged returns here (src/server/anchor.ts). */}
      <div class="sl-df-scroll" id={inputId(id)} role="region" aria-labelledby={capId} tabindex={0} style={style}>
        <table class="sl-df-table" aria-rowcount={frame.rowCount + 1} aria-describedby={el.help ? helpId(id) : undefined}>
          <caption id={capId}>{caption}</caption>
          <thead>
            <tr aria-rowindex={1}>
              {selRows ? <th scope="col" class="sl-df-select sl-df-sticky" style="left:0"><span class="sl-visually-hidden">Selected</span></th> : null}
              {showIndex ? <th scope="col" class="sl-df-index sl-df-sticky" style={`left:${selRows ? SELECT_COL_PX : 0}px`}>{indexLabel ? indexLabel : <span class="sl-visually-hidden">Row</span>}</th> : null}
              {cols.map((c, i) => {
                const sorted = el.sortColumn === c.name;
                const dir = sorted ? (el.sortDescending ? "descending" : "ascending") : "none";
                const next = sorted && !el.sortDescending ? "descending" : "ascending";
                return (
                  <th scope="col" aria-sort={dir} class={cellClass(c)} style={c.style}>
                    <button type="submit" class="sl-df-sort" name={name} value={`sort=${i}`} id={`${id}-sort${i}`} title={c.config.help || undefined}
                      aria-describedby={c.config.help ? `${id}-h${i}` : undefined}>
                      {c.label}
                      <span class="sl-visually-hidden">, sort {next}</span>
                      <span class="sl-df-arrow" aria-hidden="true">{sorted ? (el.sortDescending ? "▼" : "▲") : "↕"}</span>
                    </button>
                    {c.config.help ? <span class="sl-visually-hidden" id={`${id}-h${i}`}>{c.config.help}</span> : null}
                    {selCols ? (
                      <input type="checkbox" class="sl-df-colcheck" name={name} value={`col=${i}`} id={`${id}-col${i}`}
                        checked={selectedCols.has(c.name) || undefined} aria-label={`Select column ${c.label}`} />
                    ) : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, k) => (
              <tr aria-rowindex={page * size + k + 2} class={selected.has(r) ? "sl-df-selected" : undefined}>
                {selRows ? (
                  <td class="sl-df-select sl-df-sticky" style="left:0">
                    <input type="checkbox" name={name} value={`row=${r}`} id={`${id}-r${r}`} checked={selected.has(r) || undefined} aria-label={`Select row ${r}`} />
                  </td>
                ) : null}
                {showIndex ? <th scope="row" class="sl-df-index sl-df-sticky" style={`left:${selRows ? SELECT_COL_PX : 0}px`}>{r}</th> : null}
                {cols.map((c) => (
                  <td class={cellClass(c)} style={c.pinned ? c.style : undefined}>
                    <Cell value={c.column?.values[r]} col={c} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav class="sl-df-pager" aria-label={`Pages of ${caption}`}>
          <button type="submit" class="sl-button sl-secondary" name={name} value={`page=${page - 1}`} id={`${id}-prev`} disabled={page === 0 || undefined}>
            Previous<span class="sl-visually-hidden"> page</span>
          </button>
          <p class="sl-df-range" id={`${id}-range`}>
            Rows {fmt(first)}–{fmt(last)} of {fmt(frame.rowCount)}
            <span class="sl-visually-hidden">, page {fmt(page + 1)} of {fmt(pages)}</span>
          </p>
          <button type="submit" class="sl-button sl-secondary" name={name} value={`page=${page + 1}`} id={`${id}-next`} disabled={page >= pages - 1 || undefined}>
            Next<span class="sl-visually-hidden"> page</span>
          </button>
        </nav>
      ) : null}
      {selRows && selected.size ? <p class="sl-df-count">{fmt(selected.size)} {selected.size === 1 ? "row" : "rows"} selected</p> : null}
      <Help id={id} help={el.help} />
    </div>
  );
}
