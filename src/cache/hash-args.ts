// The value key of a cached call: a stable structural hash (two 53-bit lanes, base 36) of its arguments, skipping
// parameters named with a leading "_". Key order of plain objects, Maps and Sets does not matter; an argument it
// cannot hash (a function, a symbol, a class instance without hashFuncs, a cycle) is an UnhashableParamError.
import { Table } from "apache-arrow";
import { prepareData } from "../data/cache.ts";
import { UnhashableParamError } from "../util/errors.ts";
import type { Param } from "./params.ts";

/** Hash functions by type: a constructor (or its name), or a `typeof` name such as "function" or "symbol". */
export type HashFuncs = Map<Function | string, (value: any) => unknown> | Record<string, (value: any) => unknown>;

const T = { UNDEF: 1, NULL: 2, TRUE: 3, FALSE: 4, NUM: 5, STR: 6, BIG: 7, ARR: 8, OBJ: 9, MAP: 10, SET: 11, DATE: 12, RE: 13,
  BYTES: 14, BUF: 15, ARROW: 16, CUSTOM: 17, URL: 18, NEGZERO: 19, ARG: 20 } as const;

/** Four cyrb53-style lanes (two independent 53-bit hashes): fed 32-bit words, digested to a base-36 key. */
class Hasher {
  private a = 0xdeadbeef;
  private b = 0x41c6ce57;
  private c = 0x9e3779b9;
  private d = 0x85ebca6b;
  word(w: number): void {
    this.a = Math.imul(this.a ^ w, 2654435761);
    this.b = Math.imul(this.b ^ w, 1597334677);
    this.c = Math.imul(this.c ^ w, 2246822519);
    this.d = Math.imul(this.d ^ w, 3266489917);
  }
  text(s: string): void {
    this.word(s.length);
    for (let i = 0; i < s.length; i++) this.word(s.charCodeAt(i));
  }
  bytes(v: ArrayBufferView | ArrayBuffer): void {
    const u8 = v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    this.word(u8.length);
    // Whole 32-bit words (4× fewer rounds); an unaligned view is copied first, so equal bytes mix equal words.
    const words = u8.length >>> 2;
    const u32 = new Uint32Array(u8.byteOffset % 4 ? u8.slice(0, words * 4).buffer : u8.buffer, u8.byteOffset % 4 ? 0 : u8.byteOffset, words);
    for (let i = 0; i < words; i++) this.word(u32[i]!);
    for (let i = words * 4; i < u8.length; i++) this.word(u8[i]!);
  }
  digest(): string {
    const fin = (h1: number, h2: number) => {
      const x = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      const y = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909);
      return (4294967296 * (2097151 & y) + (x >>> 0)).toString(36);
    };
    return fin(this.a, this.b) + "." + fin(this.c, this.d);
  }
}

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** A readable type name for messages: "function", "symbol", "Foo", "object (a cycle)". */
export function typeName(v: unknown): string {
  if (typeof v !== "object" || v === null) return typeof v;
  return (v as object).constructor?.name || "object";
}

interface Walk {
  readonly funcs: HashFuncs | undefined;
  readonly path: Set<object>;
  readonly fail: (type: string) => never;
}

function customFunc(funcs: HashFuncs | undefined, v: unknown): ((value: any) => unknown) | undefined {
  if (!funcs) return undefined;
  const get = (k: Function | string) => (funcs instanceof Map ? funcs.get(k) : typeof k === "string" ? funcs[k] : undefined);
  if (typeof v !== "object" || v === null) return get(typeof v);
  for (let p = Object.getPrototypeOf(v); p; p = Object.getPrototypeOf(p)) {
    const ctor = p.constructor as Function | undefined;
    const f = ctor && (get(ctor) ?? (ctor.name ? get(ctor.name) : undefined));
    if (f) return f;
  }
  return undefined;
}

function walk(h: Hasher, v: unknown, w: Walk): void {
  const custom = customFunc(w.funcs, v);
  if (custom) {
    h.word(T.CUSTOM);
    const out = custom(v);
    if (out === v) w.fail(typeName(v) + " (its hash function returned the value itself)");
    return walk(h, out, { ...w, funcs: undefined });
  }
  switch (typeof v) {
    case "undefined": return h.word(T.UNDEF);
    case "boolean": return h.word(v ? T.TRUE : T.FALSE);
    case "number": return Object.is(v, -0) ? h.word(T.NEGZERO) : (h.word(T.NUM), h.text(String(v)));
    case "string": return h.word(T.STR), h.text(v);
    case "bigint": return h.word(T.BIG), h.text(v.toString(16));
    case "object": break;
    default: return w.fail(typeof v); // function, symbol
  }
  if (v === null) return h.word(T.NULL);
  if (w.path.has(v)) w.fail(typeName(v) + " (it contains itself)");
  w.path.add(v);
  try {
    walkObject(h, v, w);
  } finally {
    w.path.delete(v);
  }
}

/** Hash of one value on its own (Map entries and Set members, combined in sorted order). */
function sub(v: unknown, w: Walk): string {
  const h = new Hasher();
  walk(h, v, w);
  return h.digest();
}

function walkObject(h: Hasher, v: object, w: Walk): void {
  if (Array.isArray(v)) {
    h.word(T.ARR);
    h.word(v.length);
    for (let i = 0; i < v.length; i++) walk(h, v[i], w);
  } else if (ArrayBuffer.isView(v)) {
    h.word(T.BYTES);
    h.text(v.constructor.name);
    h.bytes(v);
  } else if (v instanceof ArrayBuffer) {
    h.word(T.BUF);
    h.bytes(v);
  } else if (v instanceof Date) {
    h.word(T.DATE);
    h.text(String(v.getTime()));
  } else if (v instanceof RegExp) {
    h.word(T.RE);
    h.text(v.source);
    h.text(v.flags);
  } else if (v instanceof Map || v instanceof Set) {
    h.word(v instanceof Map ? T.MAP : T.SET);
    h.word(v.size);
    const parts = v instanceof Map ? [...v].map(([k, x]) => sub(k, w) + sub(x, w)) : [...v].map((x) => sub(x, w));
    for (const p of parts.sort()) h.text(p);
  } else if (typeof URL === "function" && v instanceof URL) {
    h.word(T.URL);
    h.text(v.href);
  } else if (v instanceof Table) {
    hashTable(h, v, w);
  } else if (isArrowLike(v)) {
    h.word(T.ARROW);
    h.text(prepareData(v).hash); // another Arrow library's table: its content fingerprint through src/data
  } else if (isPlain(v)) {
    h.word(T.OBJ);
    const keys = Object.keys(v).sort();
    h.word(keys.length);
    for (const k of keys) {
      h.text(k);
      walk(h, (v as Record<string, unknown>)[k], w);
    }
  } else w.fail(typeName(v));
}

/**
 * An Arrow table by content: its schema, then each column's values (a typed array's bytes where Arrow gives one)
 * and where its nulls are. Not its IPC bytes: those differ between equal tables (dictionary ids count up).
 */
function hashTable(h: Hasher, t: Table, w: Walk): void {
  h.word(T.ARROW);
  h.word(t.numRows);
  h.word(t.numCols);
  for (const f of t.schema.fields) {
    h.text(f.name);
    h.text(String(f.type));
  }
  for (let i = 0; i < t.numCols; i++) {
    const col = t.getChildAt(i)!;
    const values: unknown = col.toArray();
    if (ArrayBuffer.isView(values)) h.bytes(values);
    else {
      for (const x of values as Iterable<unknown>) {
        if (x !== null && typeof x === "object" && !(x instanceof Date)) h.text(String(x)); // a list's or a struct's text
        else walk(h, x, w);
      }
    }
    if (col.nullCount) for (let r = 0; r < col.length; r++) if (!col.isValid(r)) h.word(r);
  }
}

const isArrowLike = (v: object) =>
  typeof (v as { numRows?: unknown }).numRows === "number" && typeof (v as { getChildAt?: unknown }).getChildAt === "function";

/**
 * The value key of a call: every argument hashed with its parameter's name, except parameters named with a
 * leading "_" (and the arguments a `..._rest` parameter gathers). Trailing `undefined` arguments are dropped, so
 * `f()` and `f(undefined)` share a key.
 */
export function hashArgs(fnName: string, params: readonly Param[], args: readonly unknown[], funcs?: HashFuncs): string {
  const h = new Hasher();
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  for (let i = 0; i < n; i++) {
    const p = params[Math.min(i, params.length - 1)];
    const param = p && (p.rest || i < params.length) ? p : undefined;
    const name = param?.name ?? `argument ${i + 1}`;
    if (param?.name?.startsWith("_")) continue; // contributes nothing: f(1, conn) and f(1) share a key
    h.word(T.ARG);
    h.word(i);
    const fail = (type: string): never => {
      throw new UnhashableParamError(fnName, name, type);
    };
    walk(h, args[i], { funcs, path: new Set(), fail });
  }
  return h.digest();
}

/** A key for a string (the function's identity and source): the same four lanes. */
export function hashText(text: string): string {
  const h = new Hasher();
  h.text(text);
  return h.digest();
}
