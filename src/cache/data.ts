// cacheData (Streamlit's st.cache_data): a function's results kept as serialised bytes in the app's CacheStore,
// decoded into a fresh copy on every hit, so a caller may change what it gets. Concurrent misses of one entry
// compute once; an async function's value is kept once resolved (a rejection is not kept).
import { UnserializableReturnValueError } from "../util/errors.ts";
import { CodecError, decodeValue, encodeValue, valueFlags } from "./codec.ts";
import { countersOf, define, entryKey, isPromise, type Cached, type CacheOptions, type CacheStats, type Definition } from "./define.ts";
import { currentCaller, type CacheHost } from "./host.ts";
import { spinUntil } from "./spinner.ts";

export type CacheDataOptions = CacheOptions;

const ASYNC = 1; // flag kept with the bytes: the function returned a promise, so a hit does too

function encode(def: Definition, value: unknown, flags: number): Uint8Array {
  try {
    return encodeValue(value, flags);
  } catch (e) {
    if (e instanceof CodecError) throw new UnserializableReturnValueError(def.label, e.message);
    throw e;
  }
}

function put(host: CacheHost, def: Definition, key: string, bytes: Uint8Array): void | Promise<void> {
  return host.data.set(key, bytes, { group: def.key, ttlMs: def.ttlMs, maxEntries: def.maxEntries });
}

const copyOf = (bytes: Uint8Array): unknown => {
  const value = decodeValue(bytes);
  return valueFlags(bytes) & ASYNC ? Promise.resolve(value) : value;
};

/**
 * Caches `fn`'s results by its source and its arguments; every call returns a copy.
 * @example
 * const loadCsv = cacheData(async (url: string) => parse(await (await fetch(url)).text()), { ttl: "1h" });
 * const rows = await loadCsv("https://example.com/data.csv");
 * loadCsv.clear();
 */
export function cacheData<F extends (...args: any[]) => any>(fn: F, options: CacheDataOptions = {}): Cached<F> {
  const def = define("cacheData", fn, options);
  const spin = <T>(owner: object | undefined, p: Promise<T>) => (def.spinner === null ? p : spinUntil(owner, def.spinner, p));

  function cached(this: unknown, ...args: unknown[]): unknown {
    const { owner, host } = currentCaller();
    const key = entryKey(def, args);
    const count = countersOf(host, def);
    const pending = host.inflight.get(key) as Promise<Uint8Array> | undefined;
    if (pending) {
      count.hits++;
      return spin(owner, pending).then(decodeValue);
    }
    const got = host.data.get(key);
    const self = this;
    if (isPromise(got)) {
      // A store that answers later (a network store): the whole call is async, and is in flight from now on.
      const work = (async () => {
        const bytes = await got;
        if (bytes) {
          count.hits++;
          return { bytes, value: undefined, fresh: false };
        }
        count.misses++;
        const out = fn.apply(self, args);
        const value = isPromise(out) ? await spin(owner, out) : out;
        const fresh = encode(def, value, isPromise(out) ? ASYNC : 0);
        await put(host, def, key, fresh);
        return { bytes: fresh, value, fresh: true };
      })();
      const shared = work.then((r) => r.bytes);
      track(host, key, shared);
      return work.then((r) => (r.fresh ? r.value : decodeValue(r.bytes)));
    }
    if (got) {
      count.hits++;
      return copyOf(got);
    }
    count.misses++;
    const out = fn.apply(this, args);
    if (!isPromise(out)) {
      const stored = put(host, def, key, encode(def, out, 0));
      if (isPromise(stored)) stored.catch((e) => console.error(`sluice: cacheData could not store ${def.label}'s value`, e));
      return out;
    }
    // The caller that computed gets the value itself (as Streamlit returns it); callers that joined get copies.
    const stored = out.then(async (value) => {
      const bytes = encode(def, value, ASYNC);
      await put(host, def, key, bytes);
      return { value, bytes };
    });
    track(host, key, stored.then((r) => r.bytes));
    return spin(owner, stored).then((r) => r.value);
  }

  return Object.assign(cached, {
    cacheKey: def.key,
    clear(...args: unknown[]): Promise<void> {
      const { host } = currentCaller();
      return Promise.resolve(args.length ? host.data.delete(entryKey(def, args)) : host.data.clear(def.key));
    },
    async stats(host: CacheHost = currentCaller().host): Promise<CacheStats> {
      const c = countersOf(host, def);
      const s = await host.data.stats(def.key);
      return { hits: c.hits, misses: c.misses, entries: s.entries, bytes: s.bytes };
    },
  }) as unknown as Cached<F>;
}

/** Shares a computation with concurrent callers of the same entry until it settles (a failure is not kept). */
function track(host: CacheHost, key: string, work: Promise<unknown>): void {
  host.inflight.set(key, work);
  const done = () => {
    if (host.inflight.get(key) === work) host.inflight.delete(key);
  };
  work.then(done, done);
}

/** Drops every cacheData entry (of the calling app's cache). */
cacheData.clear = (): Promise<void> => Promise.resolve(currentCaller().host.data.clear());
