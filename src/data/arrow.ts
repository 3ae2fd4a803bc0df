// A Frame ⇄ Arrow IPC bytes (the stream format), what the Element protos carry in their `bytes data` field.
// Each field's metadata "sluice:type" keeps the inferred ColumnType and the schema's "sluice:shape" the input's
// kind, so bytes → Frame gives back exactly the frame that was encoded (column order included).
import {
  Bool, DateMillisecond, Float64, Int32, Null, TimestampMillisecond, Utf8, Table, tableFromIPC, tableToIPC, vectorFromArray,
  type DataType, type Vector,
} from "apache-arrow";
import { COLUMN_TYPES, type Column, type ColumnType, type Frame, type ShapeKind } from "./types.ts";
import { inferType, tidyValues } from "./infer.ts";

const INT32_MIN = -(2 ** 31), INT32_MAX = 2 ** 31 - 1;

/** JSON for list/object cells: Dates as ISO strings, bigints as numbers. */
const toJson = (v: unknown) => (v === null ? null : JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? Number(x) : x)));

function arrowType(col: Column): DataType {
  switch (col.type) {
    case "integer":
      return col.values.every((v) => v === null || ((v as number) >= INT32_MIN && (v as number) <= INT32_MAX)) ? new Int32() : new Float64();
    case "float": return new Float64();
    case "boolean": return new Bool();
    case "date": return new DateMillisecond();
    case "datetime": return new TimestampMillisecond();
    case "null": return new Null();
    default: return new Utf8(); // string, list, object (the last two as JSON)
  }
}

function toVector(col: Column): Vector {
  const type = arrowType(col);
  let values: readonly unknown[] = col.values;
  if (col.type === "list" || col.type === "object") values = values.map(toJson);
  else if (col.type === "date" || col.type === "datetime") values = values.map((v) => (v === null ? null : (v as Date).getTime()));
  return vectorFromArray(values as unknown[], type) as Vector;
}

/**
 * Encodes a frame as Arrow IPC stream bytes. Integers are Int32 (Float64 beyond its range), floats Float64,
 * dates Date64 / Timestamp(ms), lists and mixed "object" columns JSON text.
 */
export function frameToArrow(frame: Frame): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const col of frame.columns) vectors[col.name] = toVector(col);
  const table = new Table(vectors);
  table.schema.fields.forEach((f, i) => f.metadata.set("sluice:type", frame.columns[i]!.type));
  table.schema.metadata.set("sluice:shape", frame.shape);
  table.schema.metadata.set("sluice:rows", String(frame.rowCount));
  return tableToIPC(table, "stream");
}

const SHAPES: readonly ShapeKind[] = ["rows", "columns", "arrays", "values", "arrow", "toArrow", "objects", "empty"];

/** Decodes Arrow IPC bytes (from frameToArrow, or any Arrow stream/file) back to a Frame. */
export function frameFromArrow(bytes: Uint8Array): Frame {
  const table = tableFromIPC(bytes);
  const shapeMeta = table.schema.metadata.get("sluice:shape") as ShapeKind | undefined;
  const shape: ShapeKind = shapeMeta && SHAPES.includes(shapeMeta) ? shapeMeta : "arrow";
  const n = table.numRows;
  const columns: Column[] = table.schema.fields.map((f, i) => {
    const child = table.getChildAt(i);
    const meta = f.metadata.get("sluice:type") as ColumnType | undefined;
    const raw = new Array<unknown>(n);
    if (child && child.nullCount === 0 && (meta === "integer" || meta === "float")) {
      const typed = child.toArray() as ArrayLike<number>;
      for (let r = 0; r < n; r++) raw[r] = typed[r];
    } else {
      for (let r = 0; r < n; r++) raw[r] = child ? child.get(r) : null;
    }
    const known = meta && COLUMN_TYPES.includes(meta) ? meta : undefined;
    const type = known ?? inferType(raw);
    let values = tidyValues(raw, type);
    if (type === "list" || type === "object") values = values.map((v) => (typeof v === "string" && known ? JSON.parse(v) : v));
    else if (type === "date" || type === "datetime" || f.typeId === 8 || f.typeId === 10) {
      values = values.map((v) => (v === null || v instanceof Date ? v : new Date(Number(v))));
    }
    return { name: f.name, type: known ?? (f.typeId === 8 ? "date" : f.typeId === 10 ? "datetime" : type), values };
  });
  const rowsMeta = Number(table.schema.metadata.get("sluice:rows"));
  return { columns, rowCount: columns.length ? n : Number.isFinite(rowsMeta) ? rowsMeta : 0, shape };
}
