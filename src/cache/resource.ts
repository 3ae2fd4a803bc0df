// cacheResource (Streamlit's st.cache_resource): one shared value per function and arguments (a connection, a
// model, a client), the object itself, for every session of the process. `validate` false recomputes it.
import { countersOf, define, entryKey, isPromise, type Cached, type CacheOptions, type CacheStats } from "./define.ts";
import { currentCaller, type CacheHost } from "./host.ts";
import { spinUntil } from "./spinner.ts";

export interface CacheResourceOptions<R = any> extends CacheOptions {
  /** Called with the cached value on each hit: false drops it and computes a new one (a closed connection). */
  validate?: (value: R) => boolean;
}

/**
 * Caches `fn`'s value per arguments and returns the same object to every caller.
 * @example
 * const db = cacheResource(() => openDatabase());
 * const rows = await db().query("select 1");
 */
export function cacheResource<F extends (...args: any[]) => any>(fn: F, options: CacheResourceOptions<Awaited<ReturnType<F>>> = {}): Cached<F> {
  const def = define("cacheResource", fn, options);
  const validate = options.validate;

  function cached(this: unknown, ...args: unknown[]): unknown {
    const { owner, host } = currentCaller();
    const key = entryKey(def, args);
    const count = countersOf(host, def);
    const pending = host.inflight.get(key);
    if (pending) {
      count.hits++;
      return def.spinner === null ? pending : spinUntil(owner, def.spinner, pending);
    }
    const hit = host.resources.get(def.key, key);
    if (hit && (!validate || validate(hit.value as Awaited<ReturnType<F>>))) {
      count.hits++;
      return hit.async ? Promise.resolve(hit.value) : hit.value;
    }
    if (hit) host.resources.delete(def.key, key);
    count.misses++;
    const out = fn.apply(this, args);
    if (!isPromise(out)) {
      host.resources.set(def.key, key, out, false, def.ttlMs, def.maxEntries);
      return out;
    }
    const work = out.then((value) => {
      host.resources.set(def.key, key, value, true, def.ttlMs, def.maxEntries);
      return value;
    });
    host.inflight.set(key, work);
    const done = () => {
      if (host.inflight.get(key) === work) host.inflight.delete(key);
    };
    work.then(done, done);
    return def.spinner === null ? work : spinUntil(owner, def.spinner, work);
  }

  return Object.assign(cached, {
    cacheKey: def.key,
    clear(...args: unknown[]): Promise<void> {
      const { host } = currentCaller();
      if (args.length) host.resources.delete(def.key, entryKey(def, args));
      else host.resources.clear(def.key);
      return Promise.resolve();
    },
    async stats(host: CacheHost = currentCaller().host): Promise<CacheStats> {
      const c = countersOf(host, def);
      return { hits: c.hits, misses: c.misses, entries: host.resources.entries(def.key), bytes: 0 };
    },
  }) as unknown as Cached<F>;
}

/** Drops every cacheResource entry (of the calling app's cache). */
cacheResource.clear = (): Promise<void> => (currentCaller().host.resources.clear(), Promise.resolve());
