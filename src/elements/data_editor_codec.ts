// The data editor's value: Streamlit's edit state ({ editedRows, addedRows, deletedRows }, camelCase), checked
// against the editor's columns and rows; how a post (the state the page held + the cells it changed + add/delete
// presses) becomes the next state, each refused cell an error on that cell; and the state applied to the data.
import { FieldValueError, PartialValueError, SluiceAPIError } from "../util/errors.ts";
import { KEEP } from "../script/widget.ts";
import { cellName, cellText, checkCell, CellRefused, fromCell, parseCell, type CellValue, type EditorColumn } from "./data_editor_model.ts";

export interface EditState {
  editedRows: Record<string, Record<string, CellValue>>;
  addedRows: Record<string, CellValue>[];
  deletedRows: number[];
}

export interface EditorShape {
  label: string;
  columns: EditorColumn[];
  /** Values by column position, in the edit state's form (toCell). */
  cells: CellValue[][];
  rowCount: number;
  dynamic: boolean;
}

/** A refused part of a post: its part name ("3.1", "a0.2", "del"…), the text posted and the message. */
export interface CellErrorEntry {
  cell: string;
  text: string;
  message: string;
}

export const emptyState = (): EditState => ({ editedRows: {}, addedRows: [], deletedRows: [] });

export const copyState = (s: EditState): EditState => ({
  editedRows: Object.fromEntries(Object.entries(s.editedRows).map(([r, cells]) => [r, { ...cells }])),
  addedRows: s.addedRows.map((r) => ({ ...r })),
  deletedRows: [...s.deletedRows],
});

/** Deep equality of two states (key order aside). */
export const sameState = (a: EditState, b: EditState) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
const canonical = (s: EditState) => ({
  editedRows: Object.fromEntries(Object.entries(s.editedRows).sort(([x], [y]) => Number(x) - Number(y)).map(([r, c]) => [r, sortKeys(c)])),
  addedRows: s.addedRows.map(sortKeys),
  deletedRows: s.deletedRows,
});

/**
 * An edit state from outside (a posted state, or st.sessionState) → a checked copy. `fail` makes the error: a
 * FieldValueError for a post, a SluiceAPIError for the app. Edits of disabled columns are refused from a post only.
 */
export function checkState(shape: EditorShape, raw: unknown, fail: (m: string) => Error, fromPost: boolean): EditState {
  const obj = raw as Partial<EditState> | null;
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw fail(`${shape.label} needs an edit state like { editedRows: {}, addedRows: [], deletedRows: [] }`);
  const byName = new Map(shape.columns.map((c) => [c.name, c]));
  const cell = (name: string, v: unknown, row: string) => {
    const col = byName.get(name);
    if (!col) throw fail(`${shape.label} has no column "${name}"`);
    if (fromPost && (col.disabled || col.hidden)) throw fail(`${cellName(col, row)} cannot be edited`);
    try {
      return checkCell(col, v, cellName(col, row));
    } catch (e) {
      throw e instanceof CellRefused ? fail(e.message) : e;
    }
  };
  const out = emptyState();
  for (const [r, cells] of Object.entries(obj.editedRows ?? {})) {
    const i = Number(r);
    if (!/^\d+$/.test(r) || i >= shape.rowCount) throw fail(`${shape.label} has no row ${r.slice(0, 20)}`);
    if (!cells || typeof cells !== "object") throw fail(`${shape.label}: the edits of row ${r} must be an object`);
    out.editedRows[String(i)] = Object.fromEntries(Object.entries(cells).map(([n, v]) => [n, cell(n, v, r)]));
  }
  const added = obj.addedRows ?? [];
  const deleted = obj.deletedRows ?? [];
  if (!Array.isArray(added) || !Array.isArray(deleted)) throw fail(`${shape.label}: addedRows and deletedRows must be arrays`);
  if ((added.length || deleted.length) && !shape.dynamic) throw fail(`${shape.label} has a fixed number of rows`);
  added.forEach((row, i) => {
    if (!row || typeof row !== "object") throw fail(`${shape.label}: added row ${i + 1} must be an object`);
    out.addedRows.push(Object.fromEntries(Object.entries(row).map(([n, v]) => [n, cell(n, v, "a" + i)])));
  });
  for (const d of deleted) {
    if (!Number.isInteger(d) || d < 0 || d >= shape.rowCount) throw fail(`${shape.label} has no row ${String(d).slice(0, 20)} to delete`);
  }
  out.deletedRows = [...new Set(deleted as number[])].sort((a, b) => a - b);
  return out;
}

const PART = /^(\d+|a\d+)\.(\d+)$/;
/** Refused parts kept (and shown) per post; the message still counts them all. */
export const MAX_KEPT_ERRORS = 100;

/**
 * A post → the next state. Parts: "" (the state the page was drawn with, JSON), "<row>.<column position>" (a
 * cell's text; rows of the data by position, added rows as "a0"…), "add" (Add row), "del" (the rows to delete).
 * Cells equal to the data's text drop their edit. A refused part is a cell error; the rest is taken.
 */
export function decodeParts(shape: EditorShape, parts: Map<string, string[]>): EditState | typeof KEEP {
  const base = parts.get("");
  if (!base) throw new FieldValueError(`${shape.label} was posted without its state`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(base[base.length - 1] ?? "");
  } catch {
    throw new FieldValueError(`${shape.label} was posted with a state that is not JSON`);
  }
  const state = checkState(shape, parsed, (m) => new FieldValueError(m), true);
  const errors: CellErrorEntry[] = [];
  const refuse = (cell: string, text: string, message: string) => errors.push({ cell, text, message });
  let add = false;
  let del: string[] = [];
  for (const [part, values] of parts) {
    const text = values[values.length - 1] ?? "";
    if (part === "") continue;
    if (part === "add" || part === "del") {
      if (!shape.dynamic) refuse(part, text, `Rows cannot be ${part === "add" ? "added to" : "deleted from"} ${shape.label}`);
      else if (part === "add") add = true;
      else del = values;
      continue;
    }
    const m = PART.exec(part);
    const col = m ? shape.columns.find((c) => c.position === Number(m[2])) : undefined;
    if (!m || !col) {
      refuse(part, text, `${shape.label} has no cell ${part.slice(0, 20)}`);
      continue;
    }
    const row = m[1]!;
    const added = row.startsWith("a");
    const index = Number(added ? row.slice(1) : row);
    if (added ? index >= state.addedRows.length : index >= shape.rowCount) {
      refuse(part, text, `${shape.label} has no ${added ? "new row" : "row"} ${added ? index + 1 : index}`);
      continue;
    }
    if (col.disabled || col.hidden || (!added && state.deletedRows.includes(index))) continue; // not an input on the page
    let value: CellValue;
    try {
      const original = added ? undefined : shape.cells[col.position]![index]!;
      if (original !== undefined && cellText(col, original) === text) {
        dropEdit(state, row, col.name);
        continue;
      }
      value = parseCell(col, text, cellName(col, row));
      if (original !== undefined && cellText(col, original) === cellText(col, value)) {
        dropEdit(state, row, col.name);
        continue;
      }
    } catch (e) {
      if (!(e instanceof CellRefused)) throw e;
      refuse(part, text, e.message);
      continue;
    }
    if (added) state.addedRows[index]![col.name] = value;
    else (state.editedRows[row] ??= {})[col.name] = value;
  }
  for (const ref of del) deleteRow(shape, state, ref, refuse);
  if (add) state.addedRows.push(newRow(shape));
  if (!errors.length) return state;
  const first = errors[0]!.message;
  const message = errors.length > 1 ? `${first} (and ${errors.length - 1} more cell${errors.length > 2 ? "s" : ""})` : first;
  // The errors are kept in the session until fixed: a crafted post of thousands of bad parts keeps only the first.
  throw new PartialValueError(message, state, errors.slice(0, MAX_KEPT_ERRORS).map((e) => JSON.stringify({ ...e, text: e.text.slice(0, 1000) })));
}

function dropEdit(state: EditState, row: string, name: string): void {
  if (row.startsWith("a")) return;
  const cells = state.editedRows[row];
  if (!cells) return;
  delete cells[name];
  if (!Object.keys(cells).length) delete state.editedRows[row];
}

function deleteRow(shape: EditorShape, state: EditState, ref: string, refuse: (c: string, t: string, m: string) => void): void {
  const m = /^(a?)(\d+)$/.exec(ref);
  const i = m ? Number(m[2]) : NaN;
  if (!m || (m[1] ? i >= state.addedRows.length : i >= shape.rowCount)) return void refuse("del", ref, `${shape.label} has no row ${ref.slice(0, 20)} to delete`);
  if (m[1]) {
    state.addedRows.splice(i, 1);
    return;
  }
  if (!state.deletedRows.includes(i)) state.deletedRows = [...state.deletedRows, i].sort((a, b) => a - b);
  delete state.editedRows[String(i)];
}

/** A new row: each column's default (null when it has none). */
export const newRow = (shape: EditorShape): Record<string, CellValue> =>
  Object.fromEntries(shape.columns.filter((c) => c.defaultValue !== null).map((c) => [c.name, c.defaultValue]));

/**
 * The edited data by column position: edits applied (as the app gets them: Dates for date columns), deleted rows
 * gone, added rows at the end; unedited cells are `original`'s values as given.
 */
export function applyState(shape: EditorShape, state: EditState, original: readonly (readonly unknown[])[]): unknown[][] {
  const deleted = new Set(state.deletedRows);
  return shape.columns.map((col) => {
    const out: unknown[] = [];
    const vs = original[col.position]!;
    for (let i = 0; i < shape.rowCount; i++) {
      if (deleted.has(i)) continue;
      const edits = state.editedRows[String(i)];
      out.push(edits && col.name in edits ? fromCell(col, edits[col.name]!) : vs[i]);
    }
    for (const row of state.addedRows) out.push(fromCell(col, row[col.name] ?? null));
    return out;
  });
}

/** The app's assignment to st.sessionState[key] → a checked state. */
export const stateFromApp = (shape: EditorShape, v: unknown): EditState =>
  checkState(shape, v, (m) => new SluiceAPIError(`st.sessionState value for the data editor: ${m}.`), false);
