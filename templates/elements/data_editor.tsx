/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.dataEditor → a real <table> of form inputs in its own focusable scroll region. Each cell is a native input
// typed by its column (number, checkbox, select, date, time, text) posting under `<widget id>[<row>.<column>]`,
// named by its column and row headers; the hidden field under the widget id carries the edit state the page was
// drawn with, so a post needs only the cells it changed (static/glue/60-editor.js leaves the others out).
import type { sluice } from "../../src/gen/proto.js";
import { frameOf } from "../../src/data/index.ts";
import { cellText, KINDS, toCell, type CellValue, type EditorColumn } from "../../src/elements/data_editor_model.ts";
import { FieldError, Help, widgetClass } from "../parts.tsx";

type Col = sluice.IEditorColumn;
type State = { editedRows?: Record<string, Record<string, CellValue>>; addedRows?: Record<string, CellValue>[]; deletedRows?: number[] };

export const cellId = (id: string, row: string, pos: number) => `${id}-c${row}-${pos}`;
const headId = (id: string, pos: number) => `${id}-h${pos}`;
const hintOf = (id: string, pos: number) => `${id}-hint${pos}`;
const rowId = (id: string, row: string) => `${id}-r${row}`;

/** The column as the cell parser sees it. */
const kindOf = (c: Col) => KINDS[c.kind ?? 0] ?? "text";

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
  const rows: { row: string; values: (CellValue | undefined)[]; added: boolean }[] = [];
  for (let i = 0; i < rowCount; i++) {
    if (deleted.has(i)) continue;
    const edits = state.editedRows?.[String(i)];
    rows.push({ row: String(i), added: false, values: cols.map((c, k) => (edits && c.name! in edits ? edits[c.name!]! : originals[k]!(i))) });
  }
  (state.addedRows ?? []).forEach((r, i) => rows.push({ row: "a" + i, added: true, values: cols.map((c) => r[c.name!] ?? null) }));
  const name = el.id ?? "";
  const editable = !el.disabled;
  const dynamic = editable && !!el.dynamic;
  return (
    <div class={widgetClass("sl-widget sl-data-editor" + (el.useContainerWidth ? " sl-full" : ""), el.error)}>
      <FieldError id={id} error={el.error} />
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
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row" class={el.hideIndex ? "sl-index sl-index-hidden" : "sl-index"}>
                  <span id={rowId(id, r.row)}>
                    {r.added ? `New row ${Number(r.row.slice(1)) + 1}` : <><span class="sl-visually-hidden">Row </span>{r.row}</>}
                  </span>
                </th>
                {cols.map((c, k) => (
                  <td class={"sl-col-" + kindOf(c)}>
                    {editable && !c.disabled ? <Cell id={id} name={name} col={c} row={r.row} value={r.values[k] ?? null} error={errors.get(`${r.row}.${c.position ?? 0}`)} /> : readOnly(c, r.values[k] ?? null)}
                  </td>
                ))}
                {dynamic ? (
                  <td>
                    <button type="submit" class="sl-button sl-secondary sl-editor-delete" name={`${name}[del]`} value={r.row}>
                      Delete<span class="sl-visually-hidden"> {r.added ? `new row ${Number(r.row.slice(1)) + 1}` : `row ${r.row}`}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
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

/** The limits a column's inputs keep to, as the hint in its header. */
function hint(c: Col): string {
  const k = kindOf(c);
  const has = (v: number | null | undefined) => v !== null && v !== undefined;
  if (k === "integer" || k === "number") {
    const what = k === "integer" ? "Whole number" : "Number";
    if (has(c.min) && has(c.max)) return `${what} from ${c.min} to ${c.max}`;
    if (has(c.min)) return `${what}, ${c.min} or more`;
    if (has(c.max)) return `${what}, ${c.max} or less`;
    return "";
  }
  if (c.required) return "Required";
  return "";
}

function readOnly(c: Col, v: CellValue) {
  if (kindOf(c) === "checkbox") return v === null ? "" : v ? "Yes" : "No";
  return v === null ? "" : String(v);
}

function Cell(p: { id: string; name: string; col: Col; row: string; value: CellValue; error?: sluice.ICellError }) {
  const { id, col, row, error } = p;
  const pos = col.position ?? 0;
  const kind = kindOf(col);
  const field = `${p.name}[${row}.${pos}]`;
  const text = error ? (error.entered ?? "") : cellText({ kind } as Pick<EditorColumn, "kind">, p.value);
  const common = {
    id: cellId(id, row, pos),
    name: field,
    "aria-labelledby": `${headId(id, pos)} ${rowId(id, row)}`,
    "aria-invalid": error ? "true" : undefined,
    "aria-describedby": error ? [hint(col) || col.help ? hintOf(id, pos) : "", `${cellId(id, row, pos)}-error`].filter(Boolean).join(" ") : undefined,
    required: col.required || undefined,
  };
  let control;
  if (kind === "checkbox") {
    control = (
      <>
        <input type="hidden" name={field} value="0" />
        <input type="checkbox" value="1" checked={text === "1" || undefined} {...common} />
      </>
    );
  } else if (kind === "selectbox") {
    const options = [...(col.options ?? [])];
    if (text !== "" && !options.includes(text)) options.unshift(text);
    control = (
      <select {...common}>
        {col.required ? null : <option value="" selected={text === "" || undefined}></option>}
        {options.map((o) => (
          <option value={o} selected={o === text || undefined}>
            {o}
          </option>
        ))}
      </select>
    );
  } else {
    const type = kind === "integer" || kind === "number" ? "number" : kind === "date" ? "date" : kind === "time" ? "time" : kind === "datetime" ? "datetime-local" : "text";
    const numeric = type === "number";
    control = (
      <input
        type={type}
        value={text}
        min={numeric && col.min != null ? String(col.min) : col.minText || undefined}
        max={numeric && col.max != null ? String(col.max) : col.maxText || undefined}
        step={numeric ? String(col.step ?? (kind === "integer" ? 1 : "any")) : kind === "time" || kind === "datetime" ? "1" : undefined}
        maxlength={col.maxChars ? col.maxChars : undefined}
        {...common}
      />
    );
  }
  return (
    <>
      {control}
      {error ? (
        <p class="sl-error-message sl-cell-error" id={`${cellId(id, row, pos)}-error`}>
          <strong>Error:</strong> {error.message}
        </p>
      ) : null}
    </>
  );
}
