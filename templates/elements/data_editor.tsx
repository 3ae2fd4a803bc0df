/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.dataEditor → a real <table> of form inputs in its own focusable scroll region. Each cell is a native input
// typed by its column (number, checkbox, select, date, time, text) posting under `<widget id>[<row>.<column>]`,
// named by its column and row headers; the hidden field under the widget id carries the edit state the page was
// drawn with, so a post needs only the cells it changed (static/glue/60-editor.js leaves the others out).
import type { sluice } from "../../src/gen/proto.js";
import { frameOf } from "../../src/data/index.ts";
import { raw } from "hono/html";
import { toCell, type CellValue } from "../../src/elements/data_editor_model.ts";
import { FieldError, Help, widgetClass } from "../parts.tsx";
import { bodyRows, headId, hint, hintOf, kindOf, type BodyRow } from "./data_editor_rows.ts";

type State = { editedRows?: Record<string, Record<string, CellValue>>; addedRows?: Record<string, CellValue>[]; deletedRows?: number[] };

export default function DataEditor({ el, id }: { el: sluice.IDataEditor; id: string }) {
  const cols = el.columns ?? [];
  const frame = el.data?.length ? frameOf(el.data) : null;
  const rowCount = frame?.rowCount ?? 0;
  let state: State = {};
  try {
    state = JSON.parse(el.value || "{}");
  } catch {
    state = {};
  }
  const deleted = new Set(state.deletedRows ?? []);
  const errors = new Map((el.cellErrors ?? []).map((e) => [`${e.row}.${e.column}`, e]));
  const originals = cols.map((c) => {
    const values = frame?.columns[c.position ?? 0]?.values;
    return (i: number) => toCell(kindOf(c), values?.[i] ?? null);
  });
  const rows: BodyRow[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (deleted.has(i)) continue;
    const edits = state.editedRows?.[String(i)];
    rows.push({ row: String(i), values: cols.map((c, k) => (edits && c.name! in edits ? edits[c.name!]! : originals[k]!(i))) });
  }
  (state.addedRows ?? []).forEach((r, i) => rows.push({ row: "a" + i, values: cols.map((c) => r[c.name!] ?? null) }));
  const name = el.id ?? "";
  const editable = !el.disabled;
  const dynamic = editable && !!el.dynamic;
  return (
    <div class={widgetClass("sl-widget sl-data-editor" + (el.useContainerWidth ? " sl-full" : ""), el.error)}>
      {el.cellErrors?.length ? (
        // The cells carry their own messages (with ids, announced once by the glue); this one only sums them up.
        <p class="sl-error-message">
          <strong>Error:</strong> {el.error?.message}
        </p>
      ) : (
        <FieldError id={id} error={el.error} />
      )}
      <input type="hidden" name={name} value={el.value || "{}"} disabled={el.disabled || undefined} />
      <div
        class="sl-table-scroll"
        id={id + "-region"}
        role="region"
        aria-labelledby={id + "-label"}
        tabindex={0}
        style={el.height ? `max-height:${el.height}px` : undefined}
      >
        <table class="sl-editor-table">
          <caption id={id + "-label"} class={el.label === "Data editor" ? "sl-visually-hidden" : undefined}>
            {el.label}
          </caption>
          <thead>
            <tr>
              <th scope="col" class={el.hideIndex ? "sl-index sl-index-hidden" : "sl-index"}>
                <span class="sl-visually-hidden">Row</span>
              </th>
              {cols.map((c) => (
                <th scope="col" class={"sl-col-" + kindOf(c)}>
                  <span id={headId(id, c.position ?? 0)}>{c.label}</span>
                  {c.help || hint(c) ? (
                    <small class="sl-hint" id={hintOf(id, c.position ?? 0)}>
                      {[c.help, hint(c)].filter(Boolean).join(". ")}
                    </small>
                  ) : null}
                </th>
              ))}
              {dynamic ? (
                <th scope="col">
                  <span class="sl-visually-hidden">Delete</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>{raw(bodyRows({ id, name, cols, rows, editable, dynamic, hideIndex: !!el.hideIndex, errors }))}</tbody>
        </table>
      </div>
      {dynamic ? (
        <button type="submit" class="sl-button sl-secondary sl-editor-add" name={`${name}[add]`} value="1">
          Add row
        </button>
      ) : null}
      <Help id={id} help={el.help} />
    </div>
  );
}
