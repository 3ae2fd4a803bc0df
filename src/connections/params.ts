// Query parameters: finds the placeholders of a statement (`?`, `?NNN`, `$1`, `:name`) outside string literals,
// quoted names and comments, and rewrites them into the driver's own style with the values in order. Values are
// always bound by the driver, never put into the SQL text.
import { SqlParamsError } from "../util/errors.ts";
import type { Params } from "./types.ts";

export type Style = "sqlite" | "postgresql";

interface Placeholder {
  start: number;
  end: number;
  /** 0-based position for `?` / `?N` / `$N`; the name for `:name`. */
  ref: number | string;
}

const ident = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$]/.test(c);
const identStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);

/** The placeholders of `sql`, in order of appearance. */
export function placeholders(sql: string, style: Style): Placeholder[] {
  const out: Placeholder[] = [];
  let seq = 0;
  let i = 0;
  const skipTo = (close: string, from: number, doubled: boolean) => {
    let j = from;
    for (;;) {
      j = sql.indexOf(close, j);
      if (j < 0) return sql.length;
      if (doubled && sql.startsWith(close, j + close.length)) {
        j += close.length * 2;
        continue;
      }
      return j + close.length;
    }
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (c === "'" || c === '"' || c === "`") i = skipTo(c, i + 1, true);
    else if (c === "[" && style === "sqlite") i = skipTo("]", i + 1, false);
    else if (c === "-" && next === "-") i = skipTo("\n", i + 2, false);
    else if (c === "/" && next === "*") i = skipTo("*/", i + 2, false);
    else if (c === ":" && next === ":") i += 2; // a PostgreSQL cast
    else if (c === ":" && identStart(next) && !ident(sql[i - 1])) {
      let j = i + 1;
      while (ident(sql[j]) && sql[j] !== "$") j++;
      out.push({ start: i, end: j, ref: sql.slice(i + 1, j) });
      i = j;
    } else if (c === "?") {
      let j = i + 1;
      while (/[0-9]/.test(sql[j] ?? "")) j++;
      out.push({ start: i, end: j, ref: j > i + 1 ? Number(sql.slice(i + 1, j)) - 1 : seq++ });
      i = j;
    } else if (c === "$" && !ident(sql[i - 1])) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
      if (tag) i = skipTo(tag[0], i + tag[0].length, false); // a dollar-quoted string
      else {
        const n = /^\$([0-9]+)/.exec(sql.slice(i, i + 12));
        if (n) {
          out.push({ start: i, end: i + n[0].length, ref: Number(n[1]) - 1 });
          i += n[0].length;
        } else i++;
      }
    } else i++;
  }
  return out;
}

const preview = (sql: string) => (sql.length > 200 ? sql.slice(0, 200) + "…" : sql);

/**
 * Rewrites `sql` for the driver: every placeholder becomes `?` (SQLite) or `$k` (PostgreSQL) and `values` holds
 * the bound values in that order. A list binds `?` / `?N` / `$N`; an object binds `:name`.
 */
export function bindParams(sql: string, params: Params | undefined, style: Style): { text: string; values: unknown[] } {
  const found = placeholders(sql, style);
  if (params === undefined || params === null) {
    if (found.length && style === "sqlite") {
      throw new SqlParamsError(`The statement has ${found.length} placeholder(s) but no params were given.`, preview(sql));
    }
    return { text: sql, values: [] };
  }
  const isList = Array.isArray(params);
  if (!isList && (typeof params !== "object" || Object.getPrototypeOf(params) !== Object.prototype && Object.getPrototypeOf(params) !== null)) {
    throw new SqlParamsError("params must be a list (for ? or $1 placeholders) or a plain object (for :name placeholders).", preview(sql));
  }
  const values: unknown[] = [];
  let text = "";
  let at = 0;
  let highest = -1;
  for (const p of found) {
    let value: unknown;
    if (typeof p.ref === "number") {
      if (!isList) throw new SqlParamsError(`The statement uses a positional placeholder (${sql.slice(p.start, p.end)}) but params is an object: pass a list, or name the placeholder (:name).`, preview(sql));
      const list = params as readonly unknown[];
      if (p.ref < 0 || p.ref >= list.length) {
        throw new SqlParamsError(`Placeholder ${sql.slice(p.start, p.end)} has no value: params has ${list.length} value(s).`, preview(sql));
      }
      highest = Math.max(highest, p.ref);
      value = list[p.ref];
    } else {
      if (isList) throw new SqlParamsError(`The statement uses the named placeholder :${p.ref} but params is a list: pass an object such as { ${p.ref}: … }.`, preview(sql));
      if (!Object.hasOwn(params, p.ref)) throw new SqlParamsError(`Placeholder :${p.ref} has no value in params (it has: ${Object.keys(params).join(", ") || "nothing"}).`, preview(sql));
      value = (params as Record<string, unknown>)[p.ref];
    }
    values.push(value);
    text += sql.slice(at, p.start) + (style === "sqlite" ? "?" : `$${values.length}`);
    at = p.end;
  }
  if (isList && highest + 1 !== (params as readonly unknown[]).length) {
    throw new SqlParamsError(`The statement has ${highest + 1} positional placeholder(s) but params has ${(params as readonly unknown[]).length} value(s).`, preview(sql));
  }
  return { text: text + sql.slice(at), values };
}
