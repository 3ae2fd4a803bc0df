// Cheap views over a Frame for templates, charts and the editor: rows, one column's values, and the frame back in
// the shape the user passed (array of rows, object of columns, array of arrays, an Arrow table).
import { tableFromArrays, tableFromIPC, type Table } from "apache-arrow";
import { frameToArrow } from "./arrow.ts";
import type { Column, Frame } from "./types.ts";

/** The column named `name`, or undefined. */
export function column(frame: Frame, name: string): Column | undefined {
  return frame.columns.find((c) => c.name === name);
}

/** Row `i` as an object (column name → value). */
export function row(frame: Frame, i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of frame.columns) out[c.name] = c.values[i] ?? null;
  return out;
}

/** Every row as an object, in order. */
export function rows(frame: Frame): Record<string, unknown>[] {
  return Array.from({ length: frame.rowCount }, (_, i) => row(frame, i));
}

/**
 * The frame in the shape its input had (`frame.shape`): "rows"/"objects"/"toArrow" → array of row objects (an
 * arquero table cannot be rebuilt without arquero: pass the rows to `aq.from`), "columns" → object of arrays,
 * "arrays" → array of arrays, "values" → array of values, "arrow" → an apache-arrow Table, "empty" → [].
 */
export function fromFrame(frame: Frame): unknown {
  switch (frame.shape) {
    case "columns": {
      const out: Record<string, unknown[]> = {};
      for (const c of frame.columns) out[c.name] = [...c.values];
      return out;
    }
    case "arrays":
      return Array.from({ length: frame.rowCount }, (_, i) => frame.columns.map((c) => c.values[i] ?? null));
    case "values":
      return [...(frame.columns[0]?.values ?? [])];
    case "arrow":
      return frame.columns.length ? (tableFromIPC(frameToArrow(frame)) as Table) : tableFromArrays({});
    case "empty":
      return [];
    default:
      return rows(frame);
  }
}
