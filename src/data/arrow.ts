// A Frame ⇄ Arrow IPC bytes (the stream format), what the Element protos carry in their `bytes data` field.
// Each field's metadata "sluice:type" keeps the inferred ColumnType and the schema's "sluice:shape" the input's
// kind, so bytes → Frame gives back exactly the frame that was encoded (column order included).
import {
  Bool, DateMillisecond, Float64, Int32, Null, TimestampMillisecond, Utf8, Table, tableFromIPC, tableToIPC, vectorFromArray,
  makeData, makeVector, type DataType, type Vector,
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

/** A validity bitmap (bit set = present), or undefined when nothing is missing. */
function validity(values: readonly unknown[]): { bitmap: Uint8Array | undefined; nulls: number } {
  let nulls = 0;
  for (const v of values) if (v === null) nulls++;
  if (!nulls) return { bitmap: undefined, nulls };
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v !== null) bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { bitmap, nulls };
}

const encoder = new TextEncoder();

// Strings and numbers are built straight into Arrow buffers: vectorFromArray's builders cost ~1 µs a string.
function fastVector(type: DataType, values: readonly unknown[]): Vector | undefined {
  const length = values.length;
  const { bitmap, nulls } = validity(values);
  if (type instanceof Utf8) {
    const offsets = new Int32Array(length + 1);
    const parts: string[] = new Array(length);
    let bytes = 0;
    for (let i = 0; i < length; i++) {
      const v = values[i];
      const text = v === null ? "" : (v as string);
      parts[i] = text;
      bytes += text.length * 3;
    }
    const data = new Uint8Array(bytes);
    let at = 0;
    for (let i = 0; i < length; i++) {
      at += encoder.encodeInto(parts[i]!, data.subarray(at)).written;
      offsets[i + 1] = at;
    }
    return makeVector(makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, valueOffsets: offsets, data: data.slice(0, at) }));
  }
  if (type instanceof Float64 || type instanceof Int32) {
    const data = type instanceof Float64 ? new Float64Array(length) : new Int32Array(length);
    for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0;
    return makeVector(makeData({ type, length, nullCount: nulls, nullBitmap: bitmap, data } as never));
  }
  return undefined;
}

function toVector(col: Column): Vector {
  const type = arrowType(col);
  let values: readonly unknown[] = col.values;
  if (col.type === "list" || col.type === "object") values = values.map(toJson);
  else if (col.type === "date" || col.type === "datetime") values = values.map((v) => (v === null ? null : (v as Date).getTime()));
  return fastVector(type, values) ?? (vectorFromArray(values as unknown[], type) as Vector);
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
