// Big byte payloads (a dataframe's Arrow bytes) kept once per process instead of once per session: the tree stores
// an element's message without them and holds the one shared, content-addressed copy. Pure: no timers, no I/O;
// the garbage collector drops a payload when no session's tree holds it any more.
import { BIG_BYTES, bigBytesHash } from "../util/hash.ts";

/** One payload taken out of a message: the field of the element's oneof member it came from, and the bytes. */
export interface Blob {
  readonly field: string;
  readonly bytes: Uint8Array;
}

// Content key → the shared copy (weakly: the trees that use it hold it).
const shared = new Map<string, WeakRef<Uint8Array>>();
const cleanup = new FinalizationRegistry<string>((key) => {
  if (shared.get(key)?.deref() === undefined) shared.delete(key);
});

/** The process's one copy of these bytes' content (this buffer, when it is the first). */
export function intern(bytes: Uint8Array): Uint8Array {
  const key = bytes.length + ":" + bigBytesHash(bytes);
  const have = shared.get(key)?.deref();
  if (have && have.length === bytes.length) return have;
  shared.set(key, new WeakRef(bytes));
  cleanup.register(bytes, key);
  return bytes;
}

/**
 * An element message without its big byte fields (those of `BIG_BYTES` or more, on its oneof member), plus those
 * fields, interned. Returns the message itself and no blobs when it has none.
 */
export function takeBlobs(message: Record<string, unknown>, type: string): { message: Record<string, unknown>; blobs: Blob[] } {
  const inner = message[type] as Record<string, unknown> | undefined;
  if (!inner || typeof inner !== "object") return { message, blobs: [] };
  let slim: Record<string, unknown> | undefined;
  const blobs: Blob[] = [];
  for (const field of Object.keys(inner)) {
    const v = inner[field];
    if (v instanceof Uint8Array && v.length >= BIG_BYTES) {
      slim ??= { ...inner };
      slim[field] = new Uint8Array();
      blobs.push({ field, bytes: intern(v) });
    }
  }
  return slim ? { message: { ...message, [type]: slim }, blobs } : { message, blobs };
}

/** Puts the blobs back into a decoded message (what snapshot() hands the templates). */
export function putBlobs(message: object, type: string, blobs: readonly Blob[] | undefined): void {
  if (!blobs?.length) return;
  const inner = (message as Record<string, Record<string, unknown>>)[type];
  if (inner) for (const b of blobs) inner[b.field] = b.bytes;
}

/** A fingerprint part for the blobs: their content hashes (0 for none). */
export function blobsHash(blobs: readonly Blob[]): number {
  let h = 0;
  for (const b of blobs) h = (Math.imul(h ^ (bigBytesHash(b.bytes) % 4294967296), 2654435761) + b.bytes.length) | 0;
  return h;
}
