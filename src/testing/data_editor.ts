// AppTest's st.dataEditor: edit a cell, add and delete rows as the browser's form would post them (through the
// widget's own decoding, so a refused cell shows its error as on the server); `.value` is the edit state.
import type { EditState } from "../elements/data_editor.ts";
import { frameOf } from "../data/index.ts";
import { cellText, KINDS, toCell, type CellValue } from "../elements/data_editor_model.ts";
import { FieldValueError, PartialValueError } from "../util/errors.ts";
import { KEEP } from "../script/widget.ts";
import { AppTestError } from "./errors.ts";
import { Widget } from "./widgets.ts";

type Row = number | `a${number}`;

/**
 * st.dataEditor. `.value` is Streamlit's edit state `{ editedRows, addedRows, deletedRows }` (what
 * st.sessionState[key] holds); `.rows` the edited data as row objects. Rows are positions in the data given, or
 * "a0", "a1"… for added rows.
 * @example await at.dataEditor[0].editCell(2, "price", 9.5).run();
 */
export class DataEditor extends Widget<EditState> {
  /** The columns shown, by name. */
  get columns(): string[] {
    return (this.proto.columns ?? []).map((c: { name: string }) => c.name);
  }

  /** The data as the table shows it after the last run: row objects of the shown columns (dates as ISO text). */
  get rows(): Record<string, CellValue>[] {
    const frame = this.proto.data?.length ? frameOf(this.proto.data) : null;
    const state = JSON.parse(this.proto.value || "{}") as Partial<EditState>;
    const cols = (this.proto.columns ?? []) as { name: string; kind?: number; position?: number }[];
    const deleted = new Set(state.deletedRows ?? []);
    const out: Record<string, CellValue>[] = [];
    for (let i = 0; i < (frame?.rowCount ?? 0); i++) {
      if (deleted.has(i)) continue;
      const edits = state.editedRows?.[String(i)] ?? {};
      out.push(Object.fromEntries(cols.map((c) => [c.name, c.name in edits ? edits[c.name]! : toCell(KINDS[c.kind ?? 0]!, frame!.columns[c.position ?? 0]?.values[i] ?? null)])));
    }
    for (const r of state.addedRows ?? []) out.push(Object.fromEntries(cols.map((c) => [c.name, r[c.name] ?? null])));
    return out;
  }

  /** The refused cells after the last run: "Price, row 3 must be a number"… */
  get cellErrors(): { row: string; column: string; message: string; entered: string }[] {
    const cols = (this.proto.columns ?? []) as { name: string; position?: number }[];
    return (this.proto.cellErrors ?? []).map((e: { row: string; column?: number; message: string; entered: string }) => ({
      row: e.row,
      column: cols.find((c) => (c.position ?? 0) === (e.column ?? 0))?.name ?? String(e.column),
      message: e.message,
      entered: e.entered,
    }));
  }

  /**
   * Types into a cell: a value (number, boolean, Date, null) or the text the field would post ("abc" in a number
   * column is refused as the server refuses it: see `.error` and `.cellErrors` after run()).
   */
  editCell(row: Row, column: string, value: unknown): this {
    const col = ((this.proto.columns ?? []) as { name: string; label: string; kind?: number; position?: number }[]).find((c) => c.name === column || c.label === column);
    if (!col) throw new AppTestError(`st.dataEditor has no editable column "${column}" (columns: ${this.columns.join(", ")}).`);
    const kind = KINDS[col.kind ?? 0]!;
    const text = typeof value === "string" ? value : cellText({ kind }, toCell(kind, value));
    return this.postParts([[`${row}.${col.position ?? 0}`, text]]);
  }

  /** Presses "Add row" (numRows "dynamic"). */
  addRow(): this {
    return this.postParts([["add", "1"]]);
  }

  /** Presses a row's "Delete" button. */
  deleteRow(row: Row): this {
    return this.postParts([["del", String(row)]]);
  }

  private postParts(entries: [string, string][]): this {
    const def = this.usable();
    const { pending, pendingErrors } = this.harness;
    const parts = new Map<string, string[]>([["", [JSON.stringify(this.stored())]]]);
    // Cells refused earlier still hold their text (the browser posts them again) until this post changes them.
    for (const e of pendingErrors.get(def.id)?.entered ?? []) {
      const { cell, text } = JSON.parse(e) as { cell: string; text: string };
      if (/^(\d+|a\d+)\.\d+$/.test(cell)) parts.set(cell, [text]);
    }
    for (const [part, text] of entries) parts.set(part, [text]);
    try {
      const value = def.fromFormParts!(parts);
      if (value !== KEEP) pending.set(def.id, value);
      pendingErrors.delete(def.id);
    } catch (e) {
      if (!(e instanceof FieldValueError)) throw e;
      if (e instanceof PartialValueError) pending.set(def.id, e.value);
      pendingErrors.set(def.id, { message: e.message, hint: "", entered: e instanceof PartialValueError ? e.entered : [] });
    }
    return this;
  }
}
