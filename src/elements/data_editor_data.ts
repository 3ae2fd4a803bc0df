// The data editor's data in and out: the input read into named columns (remembering its shape), and the edited
// columns given back in that same shape (rows in → rows out, columns in → columns out, Arrow in → Arrow out).
import { Bool, Float64, Int64, Table, TimestampMillisecond, tableToIPC, Utf8, vectorFromArray, type Vector } from "apache-arrow";
import { SluiceAPIError } from "../util/errors.ts";

export type Shape = "rows" | "columns" | "arrays" | "arrow";

export interface Columns {
  names: string[];
  /** Values by column position, as JS values (numbers, strings, booleans, Dates, bigints, null). */
  values: unknown[][];
  rowCount: number;
  shape: Shape;
}

type AnyTable = { schema: { fields: { name: string }[] }; numRows: number; getChildAt(i: number): { get(i: number): unknown } | null };
const isArrowTable = (d: unknown): d is AnyTable =>
  d instanceof Table || (!!d && typeof d === "object" && "schema" in d && "numRows" in d && typeof (d as AnyTable).getChildAt === "function");

/** Reads any supported input: rows, an object of columns, arrays with `columns`, an Arrow table, or toArrow()/objects(). */
export function readColumns(data: unknown, columns?: readonly string[]): Columns {
  if (data === null || data === undefined) return { names: [], values: [], rowCount: 0, shape: "rows" };
  if (isArrowTable(data)) return fromArrow(data);
  const d = data as { toArrow?: () => unknown; objects?: () => unknown };
  if (typeof d.toArrow === "function") return fromArrow(d.toArrow() as AnyTable);
  if (typeof d.objects === "function") return { ...fromRows(d.objects() as Record<string, unknown>[]), shape: "arrow" };
  if (Array.isArray(data)) {
    if (data.length && Array.isArray(data[0])) {
      const width = Math.max(...data.map((r) => (r as unknown[]).length));
      const names = columns ? [...columns] : Array.from({ length: width }, (_, i) => String(i));
      return { names, values: names.map((_, c) => data.map((r) => (r as unknown[])[c] ?? null)), rowCount: data.length, shape: "arrays" };
    }
    return fromRows(data as Record<string, unknown>[]);
  }
  if (typeof data === "object") {
    const entries = Object.entries(data as Record<string, unknown>);
    if (!entries.every(([, v]) => Array.isArray(v))) {
      throw new SluiceAPIError("`st.dataEditor` takes rows (an array of objects), an object of column arrays, arrays with `columns`, or an Arrow table.");
    }
    const rowCount = Math.max(0, ...entries.map(([, v]) => (v as unknown[]).length));
    return {
      names: entries.map(([k]) => k),
      values: entries.map(([, v]) => Array.from({ length: rowCount }, (_, i) => (v as unknown[])[i] ?? null)),
      rowCount,
      shape: "columns",
    };
  }
  throw new SluiceAPIError(`\`st.dataEditor\` cannot show ${typeof data} data.`);
}

function fromRows(rows: Record<string, unknown>[]): Columns {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r ?? {})) if (!seen.has(k)) (seen.add(k), names.push(k));
  return { names, values: names.map((n) => rows.map((r) => r?.[n] ?? null)), rowCount: rows.length, shape: "rows" };
}

function fromArrow(t: AnyTable): Columns {
  const names = t.schema.fields.map((f) => f.name);
  const values = names.map((_, c) => {
    const col = t.getChildAt(c);
    const out: unknown[] = [];
    for (let i = 0; i < t.numRows; i++) out.push(col?.get(i) ?? null);
    return out;
  });
  const dates = t.schema.fields.map((f) => /^(Date|Timestamp)/.test(String((f as { type?: unknown }).type)));
  values.forEach((vs, c) => dates[c] && vs.forEach((v, i) => typeof v === "number" && (vs[i] = new Date(v))));
  return { names, values, rowCount: t.numRows, shape: "arrow" };
}

/** The columns as Arrow IPC stream bytes (what the Element carries). A column Arrow cannot type travels as text. */
export function toArrowBytes(cols: Pick<Columns, "names" | "values">): Uint8Array {
  return tableToIPC(arrowTable(cols.names, cols.values), "stream");
}

/**
 * Columns → an Arrow table, typed from the values (strings as plain Utf8: a dictionary vector takes a process-wide
 * id, and bytes that differ from run to run would defeat fingerprints); mixed columns become text.
 */
function arrowTable(names: readonly string[], values: readonly unknown[][]): Table {
  const vectors: Record<string, Vector> = {};
  names.forEach((n, c) => {
    const vs = values[c]!.map((v) => (v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : v));
    const kinds = new Set(vs.filter((v) => v !== null).map((v) => (v instanceof Date ? "date" : typeof v)));
    const only = kinds.size === 1 ? [...kinds][0] : kinds.size === 0 ? "string" : "mixed";
    const type = only === "number" ? new Float64() : only === "boolean" ? new Bool() : only === "bigint" ? new Int64() : only === "date" ? new TimestampMillisecond() : new Utf8();
    const data = only === "mixed" || only === "object" || only === "symbol" || only === "function" ? vs.map((v) => (v === null ? null : String(v))) : vs;
    vectors[n] = vectorFromArray(data as never[], type as never) as Vector;
  });
  return new Table(vectors);
}

/** Edited columns → the input's shape. */
export function toShape(shape: Shape, names: readonly string[], values: readonly unknown[][], rowCount: number): unknown {
  const row = (i: number) => Object.fromEntries(names.map((n, c) => [n, values[c]![i] ?? null]));
  switch (shape) {
    case "columns":
      return Object.fromEntries(names.map((n, c) => [n, [...values[c]!]]));
    case "arrays":
      return Array.from({ length: rowCount }, (_, i) => names.map((_, c) => values[c]![i] ?? null));
    case "arrow":
      return arrowTable(names, values);
    default:
      return Array.from({ length: rowCount }, (_, i) => row(i));
  }
}
