// The data editor's columns and cells: which input each column gets (from its values and its column config), a
// cell's value as field text and back (with the checks the input's limits imply). Pure; shared by the builder, the
// codec and the template, so what the page shows and what a post is compared with are the same text.

/** A cell value as the edit state holds it (JSON): dates, times and datetimes as ISO text. */
export type CellValue = string | number | boolean | null;

export type ColumnKind = "text" | "integer" | "number" | "checkbox" | "selectbox" | "date" | "time" | "datetime";
/** EditorColumn.Kind's numbers, in the proto's order. */
export const KINDS: readonly ColumnKind[] = ["text", "integer", "number", "checkbox", "selectbox", "date", "time", "datetime"];

export interface EditorColumn {
  name: string;
  label: string;
  kind: ColumnKind;
  disabled: boolean;
  required: boolean;
  hidden: boolean;
  /** Its place in the data (the field names use it, never the name). */
  position: number;
  min?: number;
  max?: number;
  step?: number;
  /** ISO limits of a date, time or datetime column. */
  minText?: string;
  maxText?: string;
  options: string[];
  maxChars: number;
  help: string;
  /** Text columns: a regular expression an edited value must match. */
  validate?: string;
  /** A new row's value. */
  defaultValue: CellValue;
}

/** A refused cell: the message names the column and row ("Price, row 3 must be a number"). */
export class CellRefused extends Error {}

/** A JS value from the data → the edit state's form (Dates as ISO text in UTC, bigints as numbers). */
export function toCell(kind: ColumnKind, v: unknown): CellValue {
  if (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v))) return null;
  if (v instanceof Date || ((kind === "date" || kind === "datetime") && typeof v === "number")) {
    const d = v instanceof Date ? v : new Date(v);
    if (Number.isNaN(d.getTime())) return null;
    return kind === "date" ? d.toISOString().slice(0, 10) : d.toISOString().slice(0, 19);
  }
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** A cell value → the text its input holds ("" for none; "1"/"0" for a checkbox). */
export function cellText(col: Pick<EditorColumn, "kind">, v: CellValue): string {
  if (v === null) return col.kind === "checkbox" ? "0" : "";
  if (col.kind === "checkbox") return v ? "1" : "0";
  return String(v);
}

/** A cell value as the app gets it back: Dates for date and datetime columns, else as is. */
export function fromCell(col: Pick<EditorColumn, "kind">, v: CellValue): unknown {
  if (v === null || typeof v !== "string") return v;
  if (col.kind === "date") return new Date(v + "T00:00:00Z");
  if (col.kind === "datetime") return new Date(v + "Z");
  return v;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

function isoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}
const isoTime = (text: string) => {
  const m = TIME.exec(text);
  return !!m && +m[1]! < 24 && +m[2]! < 60 && +(m[3] ?? 0) < 60;
};

const limits = (min: string | number | undefined, max: string | number | undefined) =>
  min !== undefined && max !== undefined ? `between ${min} and ${max}` : max !== undefined ? `${max} or earlier` : `${min} or later`;

/** A cell's name in messages: "Price, row 3" (rows as their position; "new row 1" for an added one). */
export const cellName = (col: Pick<EditorColumn, "label">, row: string) =>
  `${col.label}, ${row.startsWith("a") ? `new row ${Number(row.slice(1)) + 1}` : `row ${row}`}`;

/** Whether `text` matches a column's `validate` pattern (a pattern that is not a valid expression matches nothing). */
function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}

/** Field text → the cell's value; throws CellRefused with a message for the user when the column cannot take it. */
export function parseCell(col: EditorColumn, text: string, where: string): CellValue {
  const bad = (what: string) => new CellRefused(`${where} ${what}`);
  const t = col.kind === "text" ? text : text.trim();
  if (t === "" && col.kind !== "checkbox") {
    if (col.required) throw bad("must not be empty");
    return null;
  }
  switch (col.kind) {
    case "checkbox":
      if (t !== "0" && t !== "1") throw bad("must be checked or unchecked");
      return t === "1";
    case "integer":
    case "number": {
      const n = Number(t);
      if (!Number.isFinite(n)) throw bad("must be a number");
      if (col.kind === "integer" && !Number.isInteger(n)) throw bad("must be a whole number");
      const { min, max } = col;
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        throw bad(`must be ${min !== undefined && max !== undefined ? `between ${min} and ${max}` : max !== undefined ? `${max} or less` : `${min} or more`}`);
      }
      return n;
    }
    case "selectbox":
      if (!col.options.includes(t)) throw bad(`must be one of: ${col.options.join(", ")}`);
      return t;
    case "date":
    case "time":
    case "datetime": {
      const [d, tm] = col.kind === "datetime" ? t.split("T") : col.kind === "date" ? [t, undefined] : [undefined, t];
      const ok = (d === undefined || isoDate(d)) && (tm === undefined || isoTime(tm)) && (col.kind !== "datetime" || tm !== undefined);
      if (!ok) throw bad(col.kind === "date" ? "must be a date, like 2024-03-31" : col.kind === "time" ? "must be a time, like 14:30" : "must be a date and time, like 2024-03-31T14:30");
      const v = col.kind === "time" && t.length === 5 ? t + ":00" : col.kind === "datetime" && t.length === 16 ? t + ":00" : t;
      if ((col.minText && v < col.minText) || (col.maxText && v > col.maxText)) throw bad(`must be ${limits(col.minText, col.maxText)}`);
      return v;
    }
    default:
      if (col.maxChars > 0 && [...t].length > col.maxChars) throw bad(`must be ${col.maxChars} characters or fewer`);
      if (col.validate && !matches(col.validate, t)) throw bad("is not in the expected format");
      return t;
  }
}

/** A cell value that the app or a posted state gives → checked against the column (as its field text would be). */
export function checkCell(col: EditorColumn, v: unknown, where: string): CellValue {
  if (v === null) {
    if (col.required) throw new CellRefused(`${where} must not be empty`);
    return null;
  }
  const ok =
    col.kind === "checkbox" ? typeof v === "boolean" : col.kind === "integer" || col.kind === "number" ? typeof v === "number" : typeof v === "string";
  if (!ok) throw new CellRefused(`${where} must be ${col.kind === "checkbox" ? "true or false" : col.kind === "integer" || col.kind === "number" ? "a number" : "text"}`);
  return parseCell(col, cellText(col, v as CellValue), where);
}

/** The hint for a column's input, e.g. "A whole number between 0 and 10" (used in the header's description). */
export function columnHint(col: EditorColumn): string {
  if (col.kind === "integer" || col.kind === "number") {
    const what = col.kind === "integer" ? "A whole number" : "A number";
    const { min, max } = col;
    return min === undefined && max === undefined ? what : `${what} ${min !== undefined && max !== undefined ? `between ${min} and ${max}` : max !== undefined ? `${max} or less` : `${min} or more`}`;
  }
  if (col.kind === "text" && col.maxChars > 0) return `Up to ${col.maxChars} characters`;
  return "";
}
