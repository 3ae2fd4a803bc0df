// The async render hook: templates are synchronous, so a kind whose HTML needs async work (a chart's SVG) registers a
// preparer that fills a process-wide cache before its patches are rendered; its template then reads the cache.
import type { Patch } from "../src/diff/diff.ts";
import { sharedTemplates } from "../src/elements/shared-registry.ts";

/**
 * Starts the async work an element needs before its template can render it, or returns null when none is needed
 * (already cached). Usually `(el) => prepareOnce(keyOf(el), () => render(el))`. A throw or rejection never breaks
 * the session: it is recorded for the element ({@link preparerError}) and the element is rendered anyway.
 */
export type Preparer = (el: any) => Promise<void> | null;

/** Preparers by Element oneof member name (camelCase, as in elementTemplates). Shared across module copies. */
export const elementPreparers: Record<string, Preparer> = sharedTemplates<Preparer>("preparers", () => ({}));

/** What a preparation left for a template: the value, or the error's message. */
export type Prepared = { ok: true; value: string } | { ok: false; error: string };

interface Cache {
  entries: Map<string, Prepared>;
  bytes: number;
  maxBytes: number;
  inflight: Map<string, Promise<void>>;
  failures: WeakMap<object, string>;
}

const KEY = Symbol.for("sluice.prepared-cache");
const g = globalThis as unknown as { [KEY]?: Cache };
/** One cache per process, across sessions and apps (and copies of this module). Default 32 MiB. */
const cache: Cache = (g[KEY] ??= { entries: new Map(), bytes: 0, maxBytes: 32 << 20, inflight: new Map(), failures: new WeakMap() });

const sizeOf = (key: string, p: Prepared) => 2 * (key.length + (p.ok ? p.value.length : p.error.length)) + 64;

/** Sets the cache's budget in bytes (server.renderCacheBytes); evicts least recently used entries beyond it. */
export function configurePrepared(options: { maxBytes: number }): void {
  cache.maxBytes = Math.max(0, options.maxBytes);
  evict();
}

/** Empties the cache (tests, benchmarks). */
export function clearPrepared(): void {
  cache.entries.clear();
  cache.bytes = 0;
}

/** Bytes and entries the cache holds. */
export function preparedStats(): { bytes: number; entries: number; maxBytes: number } {
  return { bytes: cache.bytes, entries: cache.entries.size, maxBytes: cache.maxBytes };
}

function evict(): void {
  for (const [k, v] of cache.entries) {
    if (cache.bytes <= cache.maxBytes) break;
    cache.entries.delete(k);
    cache.bytes -= sizeOf(k, v);
  }
}

function store(key: string, p: Prepared): void {
  const old = cache.entries.get(key);
  if (old) {
    cache.entries.delete(key);
    cache.bytes -= sizeOf(key, old);
  }
  cache.entries.set(key, p);
  cache.bytes += sizeOf(key, p);
  evict(); // an entry larger than the whole budget is evicted at once: its template renders the fallback
}

/**
 * Produces the value for `key` unless the cache holds it (null then) or it is being produced (that promise then:
 * concurrent sessions share one render). A failure is cached too, as `{ ok: false, error }`. Never rejects.
 */
export function prepareOnce(key: string, produce: () => Promise<string>): Promise<void> | null {
  const hit = cache.entries.get(key);
  if (hit) {
    cache.entries.delete(key); // most recently used goes last
    cache.entries.set(key, hit);
    return null;
  }
  const running = cache.inflight.get(key);
  if (running) return running;
  const work = (async () => {
    try {
      store(key, { ok: true, value: await produce() });
    } catch (error) {
      store(key, { ok: false, error: error instanceof Error ? error.message : String(error) });
    } finally {
      cache.inflight.delete(key);
    }
  })();
  cache.inflight.set(key, work);
  return work;
}

/** What the cache holds for `key` (a template's read; undefined when never prepared or evicted: render a fallback). */
export function readPrepared(key: string): Prepared | undefined {
  return cache.entries.get(key);
}

/** The message of a preparer that threw or rejected for this element message (the template shows it in place). */
export function preparerError(el: object): string | undefined {
  return cache.failures.get(el);
}

/**
 * Runs the preparers of the element patches that have one; null when there is nothing to wait for. The promise
 * never rejects: a preparer's failure is recorded for its element ({@link preparerError}) and logged.
 */
export function preparePatches(patches: readonly Patch[]): Promise<void> | null {
  const work: Promise<void>[] = [];
  for (const p of patches) {
    if (p.op !== "upsert" || p.delta !== "element") continue;
    const prepare = elementPreparers[p.type];
    if (!prepare) continue;
    const el = (p.message as Record<string, unknown>)[p.type];
    if (!el || typeof el !== "object") continue;
    const fail = (error: unknown) => {
      cache.failures.set(el, error instanceof Error ? error.message : String(error));
      console.error(`sluice: preparing a ${p.type} element failed`, error);
    };
    try {
      const ready = prepare(el);
      if (ready) work.push(Promise.resolve(ready).catch(fail));
    } catch (error) {
      fail(error);
    }
  }
  return work.length ? Promise.all(work).then(() => undefined) : null;
}
