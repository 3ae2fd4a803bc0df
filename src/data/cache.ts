// Conversion caches: input object → its Frame and Arrow bytes (so a rerun with the same, e.g. cacheData'd,
// object converts nothing), and Arrow bytes → decoded Frame (templates render pages of it on every sort or page).
import { bigBytesHash } from "../util/hash.ts";
import { frameFromArrow, frameToArrow } from "./arrow.ts";
import { toFrame, type ToFrameOptions } from "./normalize.ts";
import type { Frame } from "./types.ts";

/** One input converted once: its frame, its Arrow IPC bytes and their content hash (53-bit, base 36). */
export interface Prepared {
  readonly frame: Frame;
  readonly bytes: Uint8Array;
  readonly hash: string;
}

interface Entry extends Prepared {
  readonly key: string;
  /** A cheap check that the object was not mutated in place since: its length (arrays) or column lengths. */
  readonly size: string;
}

const byInput = new WeakMap<object, Entry>();

const sizeOf = (data: object): string =>
  Array.isArray(data)
    ? String(data.length)
    : Object.getPrototypeOf(data) === Object.prototype
      ? Object.entries(data).map(([k, v]) => k + ":" + ((v as { length?: number })?.length ?? "")).join(",")
      : String((data as { numRows?: number }).numRows ?? "");

/**
 * Normalises `data` and encodes it as Arrow, remembering the result per input object (weakly): an app that reruns
 * with the same object (from `cacheData`, or module scope) pays for the conversion once. An object changed in place
 * keeps its cached conversion unless its length changed: pass a new object when the data changes.
 */
export function prepareData(data: unknown, options: ToFrameOptions = {}): Prepared {
  const key = options.columns ? options.columns.join("\u0000") : "";
  const cacheable = data !== null && typeof data === "object";
  if (cacheable) {
    const hit = byInput.get(data);
    if (hit && hit.key === key && hit.size === sizeOf(data)) return hit;
  }
  const frame = toFrame(data, options);
  const bytes = frameToArrow(frame);
  const entry: Entry = { frame, bytes, hash: bigBytesHash(bytes).toString(36), key, size: cacheable ? sizeOf(data) : "" };
  if (cacheable) byInput.set(data, entry);
  rememberDecoded(entry);
  return entry;
}

// Decoded frames: by buffer object (the bytes a run just prepared), and by content in a small LRU (the bytes a
// message decoded from a session's tree carries: a new buffer each time, the same content).
const byBuffer = new WeakMap<Uint8Array, Frame>();
const byContent = new Map<string, Frame>();
/** How many decoded frames are kept by content (each may be a whole big frame). */
export const DECODED_FRAMES_KEPT = 8;

/** Decodes Arrow bytes to a Frame, reusing an earlier decode of the same buffer or the same content. */
export function frameOf(bytes: Uint8Array): Frame {
  const seen = byBuffer.get(bytes);
  if (seen) return seen;
  const key = bytes.length + ":" + bigBytesHash(bytes).toString(36);
  let frame = byContent.get(key);
  if (frame) byContent.delete(key);
  else frame = frameFromArrow(bytes);
  byContent.set(key, frame);
  if (byContent.size > DECODED_FRAMES_KEPT) byContent.delete(byContent.keys().next().value!);
  byBuffer.set(bytes, frame);
  return frame;
}

/** Registers a prepared frame for its own bytes, so rendering the message a run just built decodes nothing. */
export function rememberDecoded(prepared: Prepared): void {
  byBuffer.set(prepared.bytes, prepared.frame);
}
