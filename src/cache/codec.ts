// cacheData's value ⇄ bytes: what a CacheStore holds (in memory now, in a shared store later), decoded into a
// fresh copy on every hit. A JSON skeleton of tagged nodes plus raw blobs for binary data (typed arrays,
// ArrayBuffers, Arrow tables as IPC), so big binary values are copied, not re-encoded. Repeated and cyclic
// references stay shared, as structuredClone keeps them. Functions, symbols and class instances are refused.
import { Table, tableFromIPC, tableToIPC } from "apache-arrow";

/** Why a value cannot be stored (the caller wraps it in UnserializableReturnValueError). */
export class CodecError extends Error {
  override name = "CodecError";
}

type Node = string | number | boolean | null | Node[];

const TYPED: Record<string, new (b: ArrayBuffer, off?: number, len?: number) => ArrayBufferView> = {};
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array, DataView] as unknown as (new (b: ArrayBuffer) => ArrayBufferView)[]) TYPED[C.name] = C;

const MAGIC = 0x53; // "S"; the second byte is the format version
const VERSION = 1;
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
  const enc = (v: unknown, at: string): Node => {
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        return Number.isFinite(v) && !Object.is(v, -0) ? v : ["n", Object.is(v, -0) ? "-0" : String(v)];
      case "undefined":
        return ["u"];
      case "bigint":
        return ["i", v.toString(16)];
      case "object":
        break;
      default:
        throw new CodecError(`${at} is a ${typeof v}`);
    }
    if (v === null) return null;
    const seen = refs.get(v);
    if (seen !== undefined) return ["R", seen];
    refs.set(v, refs.size);
    if (Array.isArray(v)) {
      const out: Node[] = ["a"];
      for (let i = 0; i < v.length; i++) out.push(enc(v[i], `${at}[${i}]`));
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name;
      if (!TYPED[name]) throw new CodecError(`${at} is a ${name}`);
      return ["t", name, blob(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))];
    }
    if (v instanceof ArrayBuffer) return ["b", blob(new Uint8Array(v))];
    if (v instanceof Date) return ["d", v.getTime()];
    if (v instanceof RegExp) return ["r", v.source, v.flags];
    if (v instanceof Map) {
      const out: Node[] = ["m"];
      let i = 0;
      for (const [k, x] of v) out.push(enc(k, `${at} key ${i}`), enc(x, `${at}.get(…) ${i++}`));
      return out;
    }
    if (v instanceof Set) {
      const out: Node[] = ["s"];
      let i = 0;
      for (const x of v) out.push(enc(x, `${at} member ${i++}`));
      return out;
    }
    if (v instanceof Table) return ["A", blob(tableToIPC(v, "stream"))];
    if (!isPlain(v)) throw new CodecError(`${at} is ${v.constructor?.name ? `a ${v.constructor.name} instance` : "not plain data"}`);
    const out: Node[] = ["o"];
    for (const k of Object.keys(v)) out.push(k, enc((v as Record<string, unknown>)[k], `${at}.${k}`));
    return out;
  };
  const skeleton = new TextEncoder().encode(JSON.stringify(enc(value, "the value")));
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
  const tree = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER, skeletonEnd))) as Node;
  const blobs: Uint8Array[] = [];
  for (let at = skeletonEnd; at < bytes.length; ) {
    at = (at + 7) & ~7;
    const len = view.getUint32(at, true);
    blobs.push(bytes.subarray(at + 4, at + 4 + len));
    at += 4 + len;
  }
  const refs: unknown[] = [];
  const copy = (i: Node) => blobs[i as number]!.slice(); // a fresh, 0-offset buffer
  const dec = (n: Node): unknown => {
    if (!Array.isArray(n)) return n;
    switch (n[0]) {
      case "u": return undefined;
      case "n": return n[1] === "-0" ? -0 : Number(n[1]);
      case "i": return (n[1] as string).startsWith("-") ? -BigInt("0x" + (n[1] as string).slice(1)) : BigInt("0x" + n[1]);
      case "R": return refs[n[1] as number];
    }
    const slot = refs.length;
    refs.push(undefined);
    const keep = <T>(v: T): T => ((refs[slot] = v), v);
    switch (n[0]) {
      case "a": {
        const out = keep(new Array<unknown>(n.length - 1));
        for (let i = 1; i < n.length; i++) out[i - 1] = dec(n[i]!);
        return out;
      }
      case "o": {
        const out = keep({} as Record<string, unknown>);
        for (let i = 1; i < n.length; i += 2) {
          const k = n[i] as string;
          if (k === "__proto__") Object.defineProperty(out, k, { value: dec(n[i + 1]!), enumerable: true, writable: true, configurable: true });
          else out[k] = dec(n[i + 1]!);
        }
        return out;
      }
      case "t": {
        const C = TYPED[n[1] as string]!;
        const buf = copy(n[2]!).buffer;
        const per = (C as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
        return keep(C === DataView ? new DataView(buf) : new C(buf, 0, buf.byteLength / per));
      }
      case "b": return keep(copy(n[1]!).buffer);
      case "d": return keep(new Date(n[1] as number));
      case "r": return keep(new RegExp(n[1] as string, n[2] as string));
      case "A": return keep(tableFromIPC(copy(n[1]!)));
      case "m": {
        const out = keep(new Map());
        for (let i = 1; i < n.length; i += 2) out.set(dec(n[i]!), dec(n[i + 1]!));
        return out;
      }
      case "s": {
        const out = keep(new Set());
        for (let i = 1; i < n.length; i++) out.add(dec(n[i]!));
        return out;
      }
    }
    throw new CodecError(`unknown node ${String(n[0])}`);
  };
  return dec(tree);
}
