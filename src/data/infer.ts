// Column type inference and value clean-up: raw values from any input shape → one ColumnType and tidy values.
import type { ColumnType } from "./types.ts";

const DAY = 86_400_000;

/** The type of one non-null value, at the finest grain inference needs. */
function kindOf(v: unknown): ColumnType {
  switch (typeof v) {
    case "number": return Number.isInteger(v) ? "integer" : "float";
    case "bigint": return "integer";
    case "boolean": return "boolean";
    case "string": return "string";
    case "object":
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? "object" : v.getTime() % DAY === 0 ? "date" : "datetime";
      if (Array.isArray(v) || ArrayBuffer.isView(v)) return "list";
      return "object";
    default: return "object";
  }
}

/** Joins two kinds: integer+float → float, date+datetime → datetime, anything else that differs → object. */
function join(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b || b === "null") return a;
  if (a === "null") return b;
  if ((a === "integer" && b === "float") || (a === "float" && b === "integer")) return "float";
  if ((a === "date" && b === "datetime") || (a === "datetime" && b === "date")) return "datetime";
  return "object";
}

/** Infers a column's type from its values (null and undefined are missing and do not count). */
export function inferType(values: ArrayLike<unknown>): ColumnType {
  let t: ColumnType = "null";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    t = join(t, kindOf(v));
    if (t === "object") return t;
  }
  return t;
}

/** Cleans a column's values for its type: undefined → null, bigint → number, typed arrays → arrays. */
export function tidyValues(values: ArrayLike<unknown>, type: ColumnType): unknown[] {
  const out = new Array<unknown>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v === null) out[i] = null;
    else if (typeof v === "bigint") out[i] = Number(v);
    else if (type === "list" && ArrayBuffer.isView(v)) out[i] = Array.from(v as unknown as ArrayLike<unknown>);
    else out[i] = v;
  }
  return out;
}
