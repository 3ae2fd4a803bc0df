// Values across the driver boundary: what a parameter may be for SQLite, and result rows as plain objects with
// JS types (integers as numbers, bigint only past Number.MAX_SAFE_INTEGER, blobs as plain Uint8Array).
import { SqlParamsError } from "../util/errors.ts";
import type { Row, SqliteValue } from "./types.ts";

/** A parameter as SQLite stores it: booleans as 0/1, Dates as ISO text, undefined as null. */
export function toSqlite(value: unknown, statement: string): SqliteValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "number":
    case "string":
      return value;
    case "bigint":
      return value;
    case "boolean":
      return value ? 1 : 0;
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new SqlParamsError(`A parameter of type ${value?.constructor?.name ?? typeof value} cannot be stored in SQLite: pass a number, string, bigint, boolean, Date, Uint8Array or null (JSON.stringify objects).`, statement);
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** One driver value as the app sees it. */
export function fromDriver(v: unknown): unknown {
  if (typeof v === "bigint") return v <= MAX && v >= -MAX ? Number(v) : v;
  // A Node Buffer (a Uint8Array subclass with extra methods): a plain view, so every runtime gives the same type.
  if (v instanceof Uint8Array && v.constructor !== Uint8Array) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  return v;
}

/** Rows as plain objects (drivers may give null-prototype objects or array subclasses). */
export function plainRows(rows: Iterable<Record<string, unknown>>): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const row: Row = {};
    for (const k in r) row[k] = fromDriver(r[k]);
    out.push(row);
  }
  return out;
}
