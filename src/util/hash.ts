// Fast synchronous hashes for fingerprints and widget ids (crypto.subtle is async, and these need no secrecy).

/** 53-bit hash of bytes (cyrb53), returned as a number; equal input gives equal output on every runtime. */
export function hashBytes(bytes: Uint8Array, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The same hash over a string's UTF-16 code units, as a base-36 string. */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A random id of `bytes` bytes (default 16 = 128 bits), hex-encoded, from the Web Crypto API. */
export function randomId(bytes = 16): string {
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  let out = "";
  for (const b of buf) out += b.toString(16).padStart(2, "0");
  return out;
}

// hashValue's two lanes, module-level so the walk allocates nothing.
let lane1 = 0;
let lane2 = 0;
const mixIn = (c: number) => {
  lane1 = Math.imul(lane1 ^ c, 2654435761);
  lane2 = Math.imul(lane2 ^ c, 1597334677);
};
/** The length, then the UTF-16 code units two at a time (half the rounds), in local lanes (no context stores). */
const mixText = (s: string) => {
  let a = Math.imul(lane1 ^ s.length, 2654435761);
  let b = Math.imul(lane2 ^ s.length, 1597334677);
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const c = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  if (i < n) {
    a = Math.imul(a ^ s.charCodeAt(i), 2654435761);
    b = Math.imul(b ^ s.charCodeAt(i), 1597334677);
  }
  lane1 = a;
  lane2 = b;
};
// Each value is a type tag, then a length where it has one, then its parts: so no two values mix the same sequence.
const STRING = 0x10001, NUMBER = 0x10002, TRUE = 0x10003, FALSE = 0x10004, NULL = 0x10005, ARRAY = 0x10006, OBJECT = 0x10007, BYTES = 0x10008;
const NEGATIVE_ZERO = 0x10009, BIGINT = 0x1000a;

/** Byte fields at least this long are hashed by content once per buffer object (see walk). */
export const BIG_BYTES = 4096;
const bigHashes = new WeakMap<object, number>();

/** hashBytes of a view's bytes, remembered per view object (byte payloads are immutable once in a message). */
export function bigBytesHash(v: ArrayBufferView): number {
  let h = bigHashes.get(v);
  if (h === undefined) bigHashes.set(v, (h = hashBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength))));
  return h;
}

const absent = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0);

function walk(v: unknown): void {
  switch (typeof v) {
    case "string":
      mixIn(STRING);
      return mixText(v);
    case "number":
      mixIn(Object.is(v, -0) ? NEGATIVE_ZERO : NUMBER); // String(-0) is "0", but -0 encodes differently
      return mixText(String(v));
    case "bigint":
      mixIn(BIGINT);
      return mixText(String(v));
    case "boolean":
      return mixIn(v ? TRUE : FALSE);
    case "object":
      break;
    default:
      return mixIn(NULL); // undefined, and functions or symbols, which no message holds
  }
  if (v === null) return mixIn(NULL);
  if (Array.isArray(v)) {
    mixIn(ARRAY);
    mixIn(v.length);
    for (const x of v) walk(x);
    return;
  }
  if (ArrayBuffer.isView(v)) {
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    mixIn(BYTES);
    mixIn(bytes.length);
    if (bytes.length >= BIG_BYTES) {
      // A big payload (a dataframe's Arrow bytes) is hashed once per buffer and remembered, so a rerun that passes
      // the same cached bytes costs nothing here. Byte payloads are immutable once they are in a message.
      const h = bigBytesHash(v);
      mixIn(h % 4294967296);
      mixIn(Math.floor(h / 4294967296));
      return;
    }
    for (let i = 0; i < bytes.length; i++) mixIn(bytes[i]!);
    return;
  }
  // Fields are hashed on their own and summed, so their order does not matter; absent ones (null, undefined, an
  // empty list) count as unset, as they encode.
  const outer1 = lane1;
  const outer2 = lane2;
  let sum1 = 0, sum2 = 0, fields = 0;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue; // a decoded message's defaults live on its prototype
    const x = (v as Record<string, unknown>)[k];
    if (absent(x)) continue;
    lane1 = 0x9e3779b9;
    lane2 = 0x85ebca6b;
    mixText(k);
    walk(x);
    sum1 = (sum1 + lane1) | 0;
    sum2 = (sum2 + lane2) | 0;
    fields++;
  }
  lane1 = outer1;
  lane2 = outer2;
  mixIn(OBJECT);
  mixIn(fields);
  mixIn(sum1);
  mixIn(sum2);
}

/**
 * 53-bit structural hash of plain data (a proto message as a plain object or decoded), without encoding it:
 * equal data gives equal hashes whatever order the fields were set in; null, undefined and empty lists count as
 * unset. Used for fingerprints, where encoding every element of every run cost more than the rest of the diff.
 */
export function hashValue(value: unknown, seed = 0): number {
  lane1 = 0xdeadbeef ^ seed;
  lane2 = 0x41c6ce57 ^ seed;
  walk(value);
  let h1 = lane1, h2 = lane2;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
