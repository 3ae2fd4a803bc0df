// The data editor's body rows as HTML text: one native input per cell, typed by its column, named by its column
// and row headers. Built as strings rather than JSX: a 1,000-row editor is 4,000 inputs, which JSX renders ~20×
// slower (200 ms against 10 ms), and the table is re-rendered whenever a cell changes.
import type { sluice } from "../../src/gen/proto.js";
import { cellText, KINDS, type CellValue, type ColumnKind } from "../../src/elements/data_editor_model.ts";
import { escapeHtml } from "../format.ts";

type Col = sluice.IEditorColumn;

export const cellId = (id: string, row: string, pos: number) => `${id}-c${row}-${pos}`;
export const headId = (id: string, pos: number) => `${id}-h${pos}`;
export const hintOf = (id: string, pos: number) => `${id}-hint${pos}`;
const rowId = (id: string, row: string) => `${id}-r${row}`;
export const kindOf = (c: Col): ColumnKind => KINDS[c.kind ?? 0] ?? "text";


/** The limits a column's inputs keep to, as the hint in its header. */
export function hint(c: Col): string {
  const k = kindOf(c);
  const has = (v: number | null | undefined) => v !== null && v !== undefined;
  if (k === "integer" || k === "number") {
    const what = k === "integer" ? "Whole number" : "Number";
    if (has(c.min) && has(c.max)) return `${what} from ${c.min} to ${c.max}`;
    if (has(c.min)) return `${what}, ${c.min} or more`;
    if (has(c.max)) return `${what}, ${c.max} or less`;
    return "";
  }
  return c.required ? "Required" : "";
}

export interface BodyRow {
  /** "3" for a row of the data (its position), "a0" for the first added row. */
  row: string;
  values: CellValue[];
}

export interface BodyProps {
  id: string;
  name: string;
  cols: Col[];
  rows: BodyRow[];
  editable: boolean;
  dynamic: boolean;
  hideIndex: boolean;
  errors: Map<string, sluice.ICellError>;
}

const newRowName = (row: string) => `New row ${Number(row.slice(1)) + 1}`;

/** The `<tr>`s of the table body. */
export function bodyRows(p: BodyProps): string {
  const { id, cols } = p;
  const index = p.hideIndex ? "sl-index sl-index-hidden" : "sl-index";
  const tdClass = cols.map((c) => ` class="sl-col-${kindOf(c)}"`);
  const out: string[] = [];
  for (const r of p.rows) {
    const added = r.row.startsWith("a");
    const head = added ? newRowName(r.row) : `<span class="sl-visually-hidden">Row </span>${r.row}`;
    let html = `<tr><th scope="row" class="${index}"><span id="${escapeHtml(rowId(id, r.row))}">${head}</span></th>`;
    cols.forEach((c, k) => {
      const v = r.values[k] ?? null;
      const inner = p.editable && !c.disabled ? cell(p, c, r.row, v, p.errors.get(`${r.row}.${c.position ?? 0}`)) : escapeHtml(readOnly(c, v));
      html += `<td${tdClass[k]}>${inner}</td>`;
    });
    if (p.dynamic) {
      const what = added ? newRowName(r.row).toLowerCase() : `row ${r.row}`;
      html += `<td><button type="submit" class="sl-button sl-secondary sl-editor-delete" name="${escapeHtml(p.name)}[del]" value="${r.row}">Delete<span class="sl-visually-hidden"> ${what}</span></button></td>`;
    }
    out.push(html + "</tr>");
  }
  return out.join("");
}

function readOnly(c: Col, v: CellValue): string {
  if (kindOf(c) === "checkbox") return v === null ? "" : v ? "Yes" : "No";
  return v === null ? "" : String(v);
}

const INPUT_TYPE: Record<ColumnKind, string> = {
  text: "text", integer: "number", number: "number", checkbox: "checkbox", selectbox: "", date: "date", time: "time", datetime: "datetime-local",
};

function cell(p: BodyProps, col: Col, row: string, value: CellValue, error?: sluice.ICellError): string {
  const pos = col.position ?? 0;
  const kind = kindOf(col);
  const field = escapeHtml(`${p.name}[${row}.${pos}]`);
  const text = error ? (error.entered ?? "") : cellText({ kind }, value);
  const cid = cellId(p.id, row, pos);
  const described = error ? [hint(col) || col.help ? hintOf(p.id, pos) : "", `${cid}-error`].filter(Boolean).join(" ") : "";
  const common =
    ` id="${escapeHtml(cid)}" name="${field}" aria-labelledby="${escapeHtml(headId(p.id, pos))} ${escapeHtml(rowId(p.id, row))}"` +
    (error ? ` aria-invalid="true" aria-describedby="${escapeHtml(described)}"` : "") +
    (col.required ? " required" : "");
  let control: string;
  if (kind === "checkbox") {
    control = `<input type="hidden" name="${field}" value="0"/><input type="checkbox" value="1"${text === "1" ? " checked" : ""}${common}/>`;
  } else if (kind === "selectbox") {
    const options = [...(col.options ?? [])];
    if (text !== "" && !options.includes(text)) options.unshift(text);
    control =
      `<select${common}>` +
      (col.required ? "" : `<option value=""${text === "" ? " selected" : ""}></option>`) +
      options.map((o) => `<option value="${escapeHtml(o)}"${o === text ? " selected" : ""}>${escapeHtml(o)}</option>`).join("") +
      "</select>";
  } else {
    const numeric = kind === "integer" || kind === "number";
    const min = numeric ? (col.min != null ? String(col.min) : "") : col.minText || "";
    const max = numeric ? (col.max != null ? String(col.max) : "") : col.maxText || "";
    const step = numeric ? String(col.step ?? (kind === "integer" ? 1 : "any")) : kind === "time" || kind === "datetime" ? "1" : "";
    control =
      `<input type="${INPUT_TYPE[kind]}" value="${escapeHtml(text)}"` +
      (min ? ` min="${escapeHtml(min)}"` : "") +
      (max ? ` max="${escapeHtml(max)}"` : "") +
      (step ? ` step="${step}"` : "") +
      (col.maxChars ? ` maxlength="${col.maxChars}"` : "") +
      `${common}/>`;
  }
  if (!error) return control;
  return `${control}<p class="sl-error-message sl-cell-error" id="${escapeHtml(cid)}-error"><strong>Error:</strong> ${escapeHtml(error.message ?? "")}</p>`;
}
