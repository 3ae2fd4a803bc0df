// Bytes kept long (a session's encoded tree nodes) as one-byte strings: one character per byte. In V8 a short
// Uint8Array costs an ArrayBuffer and a view on the heap besides its bytes; a one-byte string only a small header.

const CHUNK = 8192; // String.fromCharCode takes its bytes as arguments

/** Bytes → a string of the same length whose character codes are the bytes. */
export function packBytes(bytes: Uint8Array): string {
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join("");
}

/** The inverse of packBytes. */
export function unpackBytes(packed: string): Uint8Array {
  const out = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) out[i] = packed.charCodeAt(i);
  return out;
}
