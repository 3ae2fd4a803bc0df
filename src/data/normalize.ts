// The one normalisation step of every data command: any accepted input shape → a Frame (src/data/types.ts).
// Arrow tables are read through their own API (duck-typed, so apache-arrow and arquero's flechette both work).
import { DataFormatError } from "../util/errors.ts";
import { inferType, tidyValues } from "./infer.ts";
import type { Column, Frame, ShapeKind } from "./types.ts";

export interface ToFrameOptions {
  /** Column names for an array of arrays (default "0", "1", …). */
  columns?: readonly string[];
}

/** Anything that reads like an Arrow table (apache-arrow's Table, flechette's Table). */
export interface ArrowLike {
  numRows: number;
  schema: { fields: readonly { name: string; type: { typeId: number; dictionary?: { typeId: number } } }[] };
  getChildAt(i: number): { get(i: number): unknown; toArray(): ArrayLike<unknown> } | null;
}

const isArrowLike = (v: object): v is ArrowLike =>
  typeof (v as ArrowLike).numRows === "number" && Array.isArray((v as ArrowLike).schema?.fields) && typeof (v as ArrowLike).getChildAt === "function";

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

const isColumnLike = (v: unknown) => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

function makeFrame(names: readonly string[], raw: ArrayLike<unknown>[], shape: ShapeKind): Frame {
  const rowCount = raw[0]?.length ?? 0;
  const columns: Column[] = names.map((name, i) => {
    const values = raw[i]!;
    const type = inferType(values);
    return { name, type, values: tidyValues(values, type) };
  });
  return { columns, rowCount, shape };
}

function fromRows(rows: readonly unknown[], shape: ShapeKind): Frame {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (row === null || row === undefined) continue;
    for (const k of Object.keys(row as object)) if (!seen.has(k)) { seen.add(k); names.push(k); }
  }
  const raw = names.map((k) => rows.map((r) => (r == null ? null : (r as Record<string, unknown>)[k])));
  return { ...makeFrame(names, raw, shape), rowCount: rows.length };
}

function fromArrays(rows: readonly unknown[][], columns: readonly string[] | undefined): Frame {
  const width = columns?.length ?? rows.reduce((m, r) => Math.max(m, r.length), 0);
  const names = columns ? columns.map(String) : Array.from({ length: width }, (_, i) => String(i));
  for (const [i, r] of rows.entries()) {
    if (columns && r.length > columns.length) throw new DataFormatError(`Row ${i} has ${r.length} values but ${columns.length} columns were named: give one name per value in \`columns\`.`);
  }
  const raw = names.map((_, c) => rows.map((r) => r[c]));
  return { ...makeFrame(names, raw, "arrays"), rowCount: rows.length };
}

function fromColumns(obj: Record<string, unknown>): Frame {
  const names = Object.keys(obj);
  let length = -1;
  for (const k of names) {
    const col = obj[k];
    if (!isColumnLike(col)) {
      throw new DataFormatError(
        `Column "${k}" is not an array. An object of columns needs an array per column, e.g. { ${JSON.stringify(k)}: [1, 2, 3] }; ` +
          "for one row, pass an array of row objects: [{ … }].",
      );
    }
    const n = (col as ArrayLike<unknown>).length;
    if (length >= 0 && n !== length) throw new DataFormatError(`All columns must have the same length: column "${k}" has ${n} values, the columns before it ${length}.`);
    length = n;
  }
  return { ...makeFrame(names, names.map((k) => obj[k] as ArrayLike<unknown>), "columns"), rowCount: Math.max(length, 0) };
}

// Arrow format type ids (the same in apache-arrow and flechette): Date = 8, Timestamp = 10, Int64 read as bigint.
const DATE = 8, TIMESTAMP = 10;

/** Reads an Arrow-like table column by column; dates come back as Date objects. */
export function fromArrowTable(table: ArrowLike, shape: ShapeKind = "arrow"): Frame {
  const fields = table.schema.fields;
  const n = table.numRows;
  const names = fields.map((f) => f.name);
  const raw = fields.map((f, i) => {
    const child = table.getChildAt(i);
    const out = new Array<unknown>(n);
    if (!child) return out.fill(null);
    const typeId = f.type.typeId === -1 ? (f.type.dictionary?.typeId ?? -1) : f.type.typeId;
    for (let r = 0; r < n; r++) {
      let v = child.get(r);
      if (v !== null && v !== undefined && (typeId === DATE || typeId === TIMESTAMP) && !(v instanceof Date)) v = new Date(Number(v));
      out[r] = v;
    }
    return out;
  });
  return { ...makeFrame(names, raw, shape), rowCount: n };
}

const describe = (v: unknown) =>
  v === null ? "null" : typeof v !== "object" ? typeof v : (Object.getPrototypeOf(v)?.constructor?.name ?? "object");

/**
 * Normalises any accepted input to a Frame: an array of row objects, an object of columns, an array of arrays
 * (names from `options.columns`), an array of scalars (one column "0"), an apache-arrow Table, anything with
 * `toArrow()` (arquero) or `objects()`; null/undefined is an empty frame. Anything else throws DataFormatError.
 *
 * @example toFrame([{ a: 1, b: "x" }, { a: 2, b: "y" }]).columns.map((c) => c.type) // ["integer", "string"]
 */
export function toFrame(data: unknown, options: ToFrameOptions = {}): Frame {
  if (data === null || data === undefined) return { columns: [], rowCount: 0, shape: "empty" };
  if (typeof data !== "object") {
    throw new DataFormatError(`Data of type ${describe(data)} is not a table. Pass an array of row objects, an object of columns, an array of arrays with \`columns\`, or an Arrow table.`);
  }
  if (Array.isArray(data)) {
    if (data.length === 0) return { columns: [], rowCount: 0, shape: "rows" };
    const first = data.find((r) => r !== null && r !== undefined);
    if (Array.isArray(first)) {
      if (!data.every((r) => Array.isArray(r))) throw new DataFormatError("An array of arrays must hold only arrays (one per row).");
      return fromArrays(data as unknown[][], options.columns);
    }
    if (isPlainObject(first)) {
      if (!data.every((r) => r === null || r === undefined || isPlainObject(r))) throw new DataFormatError("An array of row objects must hold only plain objects (one per row).");
      return fromRows(data, "rows");
    }
    const name = options.columns?.[0] ?? "0";
    return { ...makeFrame([name], [data], "values"), rowCount: data.length };
  }
  if (isArrowLike(data)) return fromArrowTable(data, "arrow");
  const d = data as { toArrow?: () => unknown; objects?: () => unknown };
  if (typeof d.toArrow === "function") {
    const t = d.toArrow();
    if (t && typeof t === "object" && isArrowLike(t)) return fromArrowTable(t, "toArrow");
    throw new DataFormatError("`toArrow()` did not return an Arrow table.");
  }
  if (typeof d.objects === "function") {
    const rows = d.objects();
    if (!Array.isArray(rows)) throw new DataFormatError("`objects()` did not return an array of row objects.");
    return fromRows(rows, "objects");
  }
  if (isPlainObject(data)) return fromColumns(data);
  throw new DataFormatError(`Data of type ${describe(data)} is not a table. Pass an array of row objects, an object of columns, an array of arrays with \`columns\`, or an Arrow table.`);
}
