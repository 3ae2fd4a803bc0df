// Server-side ordering and paging of a Frame: a sort permutation per (frame, column, direction), cached, so paging
// a sorted 100,000-row frame costs a slice, and re-sorting only happens when the column or direction changes.
import type { Frame } from "./types.ts";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
const orders = new WeakMap<Frame, Map<string, Uint32Array>>();

const key = (v: unknown): number | string => (v instanceof Date ? v.getTime() : typeof v === "boolean" ? Number(v) : typeof v === "number" ? v : typeof v === "string" ? v : JSON.stringify(v));

/**
 * Row positions of `frame` ordered by `column` (ascending, or descending), missing values last either way, ties in
 * their original order. Unknown column: the original order. Cached per frame (weakly).
 */
export function sortOrder(frame: Frame, column: string, descending: boolean): Uint32Array {
  let byFrame = orders.get(frame);
  if (!byFrame) orders.set(frame, (byFrame = new Map()));
  const k = (descending ? "-" : "+") + column;
  const hit = byFrame.get(k);
  if (hit) return hit;
  const n = frame.rowCount;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const col = frame.columns.find((c) => c.name === column);
  if (col) {
    const keys = col.values.map((v) => (v === null || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : key(v)));
    const sign = descending ? -1 : 1;
    order.sort((a, b) => {
      const x = keys[a]!, y = keys[b]!;
      if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
      const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return c === 0 ? a - b : sign * c;
    });
  }
  byFrame.set(k, order);
  return order;
}

/** The row positions shown on `page` (0-based) of `size` rows, in the given order (or the original order). */
export function pageRows(rowCount: number, order: Uint32Array | null, page: number, size: number): number[] {
  const start = page * size;
  const end = Math.min(rowCount, start + size);
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(order ? order[i]! : i);
  return out;
}

/** How many pages `rowCount` rows make (at least 1). */
export const pageCount = (rowCount: number, size: number) => Math.max(1, Math.ceil(rowCount / size));
