// cacheData's value ⇄ bytes: what a CacheStore holds (in memory now, in a shared store later), decoded into a
// fresh copy on every hit. A JSON skeleton (plain objects and arrays as themselves, so JSON.parse builds them; other
// values as {"$": tag} nodes fixed up in place) plus raw blobs for binary data (typed arrays, ArrayBuffers, Arrow
// tables as IPC), so big binary values are copied, not re-encoded. Repeated and cyclic references stay shared, as
// structuredClone keeps them. Functions, symbols and class instances are refused.
import { Table, tableFromIPC, tableToIPC } from "apache-arrow";

/** Why a value cannot be stored (the caller wraps it in UnserializableReturnValueError). */
export class CodecError extends Error {
  override name = "CodecError";
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Tagged = { $: string; [k: string]: Json };

const TYPED: Record<string, new (b: ArrayBuffer, off?: number, len?: number) => ArrayBufferView> = {};
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array, DataView] as unknown as (new (b: ArrayBuffer) => ArrayBufferView)[]) TYPED[C.name] = C;

const MAGIC = 0x53; // "S"; the second byte is the format version
const VERSION = 2;
const HEADER = 8; // magic, version, flags, pad, u32 skeleton length

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Encodes `value`; `flags` (a byte) is kept beside it (cacheData marks values an async function resolved to). */
export function encodeValue(value: unknown, flags = 0): Uint8Array {
  const blobs: Uint8Array[] = [];
  const refs = new Map<object, number>();
  const blob = (b: Uint8Array) => blobs.push(b) - 1;
  const path: (string | number)[] = []; // where the walk is, joined only for an error message
  const fail = (what: string): never => {
    const at = "the value" + path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join("");
    throw new CodecError(`${at} is ${what}`);
  };
  const list = (items: Iterable<unknown>, label: string): Json[] => {
    const out: Json[] = [];
    let i = 0;
    for (const x of items) {
      path.push(` ${label} ${i++}`);
      out.push(enc(x));
      path.pop();
    }
    return out;
  };
  const enc = (v: unknown): Json => {
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        return Number.isFinite(v) && !Object.is(v, -0) ? v : { $: "n", v: Object.is(v, -0) ? "-0" : String(v) };
      case "undefined":
        return { $: "u" };
      case "bigint":
        return { $: "i", v: v.toString(16) };
      case "object":
        break;
      default:
        return fail(`a ${typeof v}`);
    }
    if (v === null) return null;
    const seen = refs.get(v);
    if (seen !== undefined) return { $: "R", v: seen };
    refs.set(v, refs.size);
    if (Array.isArray(v)) {
      const out: Json[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        out[i] = enc(v[i]);
        path.pop();
      }
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name;
      if (!TYPED[name]) fail(`a ${name}`);
      return { $: "t", c: name, b: blob(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    }
    if (v instanceof ArrayBuffer) return { $: "b", b: blob(new Uint8Array(v)) };
    if (v instanceof Date) return { $: "d", v: v.getTime() };
    if (v instanceof RegExp) return { $: "r", s: v.source, f: v.flags };
    if (v instanceof Map) return { $: "m", e: list([...v].flat(), "entry part") };
    if (v instanceof Set) return { $: "s", e: list(v, "member") };
    if (v instanceof Table) return { $: "A", b: blob(tableToIPC(v, "stream")) };
    if (!isPlain(v)) fail(v.constructor?.name ? `a ${v.constructor.name} instance` : "not plain data");
    const keys = Object.keys(v);
    // A plain object is itself in JSON, unless a key would read as a tag ("$") or set a prototype ("__proto__").
    if (Object.hasOwn(v, "$") || Object.hasOwn(v, "__proto__")) {
      const e: Json[] = [];
      for (const k of keys) {
        path.push("." + k);
        e.push(k, enc((v as Record<string, unknown>)[k]));
        path.pop();
      }
      return { $: "o", e };
    }
    const out: { [k: string]: Json } = {};
    for (const k of keys) {
      path.push("." + k);
      out[k] = enc((v as Record<string, unknown>)[k]);
      path.pop();
    }
    return out;
  };
  const skeleton = new TextEncoder().encode(JSON.stringify(enc(value)));
  let size = HEADER + skeleton.length;
  const offsets: number[] = [];
  for (const b of blobs) {
    size = (size + 7) & ~7; // 8-byte aligned, so a decoded view can be made over a slice
    offsets.push(size);
    size += 4 + b.length;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = MAGIC;
  out[1] = VERSION;
  out[2] = flags & 0xff;
  view.setUint32(4, skeleton.length, true);
  out.set(skeleton, HEADER);
  blobs.forEach((b, i) => {
    view.setUint32(offsets[i]!, b.length, true);
    out.set(b, offsets[i]! + 4);
  });
  return out;
}

/** The flags byte `encodeValue` was given. */
export const valueFlags = (bytes: Uint8Array): number => bytes[2]!;

/** A fresh copy of the value `bytes` encode (nothing in it is shared with another decode). */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes[0] !== MAGIC || bytes[1] !== VERSION) throw new CodecError("not a value encoded by this version of sluice");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const skeletonEnd = HEADER + view.getUint32(4, true);
  const tree = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, skeletonEnd))) as Json;
  const blobs: Uint8Array[] = [];
  for (let at = skeletonEnd; at < bytes.length; ) {
    at = (at + 7) & ~7;
    const len = view.getUint32(at, true);
    blobs.push(bytes.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const refs: unknown[] = [];
  const copy = (i: Json) => blobs[i as number]!.slice(); // a fresh, 0-offset buffer
  // JSON.parse built the arrays and plain objects already: fix up the tagged nodes in place.
  const fix = (n: Json): unknown => {
    if (n === null || typeof n !== "object") return n;
    if (Array.isArray(n)) {
      refs.push(n);
      for (let i = 0; i < n.length; i++) {
        const x = n[i]!;
        if (x !== null && typeof x === "object") (n as unknown[])[i] = fix(x);
      }
      return n;
    }
    const tag = (n as Tagged).$;
    if (tag === undefined) {
      refs.push(n);
      for (const k in n) {
        const x = n[k]!;
        if (x !== null && typeof x === "object") (n as Record<string, unknown>)[k] = fix(x);
      }
      return n;
    }
    const t = n as Tagged;
    switch (tag) {
      case "u": return undefined;
      case "n": return t.v === "-0" ? -0 : Number(t.v);
      case "i": return (t.v as string).startsWith("-") ? -BigInt("0x" + (t.v as string).slice(1)) : BigInt("0x" + t.v);
      case "R": return refs[t.v as number];
    }
    const slot = refs.length;
    refs.push(undefined);
    const keep = <T>(v: T): T => ((refs[slot] = v), v);
    switch (tag) {
      case "o": {
        const out = keep({} as Record<string, unknown>);
        const e = t.e as Json[];
        for (let i = 0; i < e.length; i += 2) {
          Object.defineProperty(out, e[i] as string, { value: fix(e[i + 1]!), enumerable: true, writable: true, configurable: true });
        }
        return out;
      }
      case "t": {
        const C = TYPED[t.c as string]!;
        const buf = copy(t.b!).buffer;
        const per = (C as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
        return keep(C === DataView ? new DataView(buf) : new C(buf, 0, buf.byteLength / per));
      }
      case "b": return keep(copy(t.b!).buffer);
      case "d": return keep(new Date(t.v as number));
      case "r": return keep(new RegExp(t.s as string, t.f as string));
      case "A": return keep(tableFromIPC(copy(t.b!)));
      case "m": {
        const out = keep(new Map());
        const e = t.e as Json[];
        for (let i = 0; i < e.length; i += 2) out.set(fix(e[i]!), fix(e[i + 1]!));
        return out;
      }
      case "s": {
        const out = keep(new Set());
        for (const x of t.e as Json[]) out.add(fix(x));
        return out;
      }
    }
    throw new CodecError(`unknown node ${String(tag)}`);
  };
  return fix(tree);
}
