// Where connections and their query results are kept: two small interfaces st.connection uses, so a shared store
// (or st.cacheResource / st.cacheData) can stand in. The defaults are process-wide, as Streamlit's caches are.
import { SluiceAPIError } from "../util/errors.ts";

/** Connections, one per key (name + type + settings), shared by every session of the process. */
export interface ConnectionStore {
  get<T>(key: string, make: () => T): T;
  delete(key: string): void;
}

export interface QueryCacheOptions {
  /** Seconds (or "10m", "2h", "1d"); undefined or null: until cleared. */
  ttl?: number | string | null;
}

/** Query results: a copy per hit, keyed by the connection and the statement with its params. */
export interface QueryCache {
  get<T>(scope: string, key: string, compute: () => Promise<T>, options: QueryCacheOptions): Promise<T>;
  /** Forgets every result of `scope` (one connection). */
  clear(scope: string): void;
  /** How many computations ran and how many were answered from the cache (for tests and benchmarks). */
  readonly stats: { misses: number; hits: number };
}

/** `ttl` as seconds: a number, or a number with s, m, h or d ("10m"). */
export function ttlSeconds(ttl: number | string | null | undefined): number | null {
  if (ttl === undefined || ttl === null) return null;
  if (typeof ttl === "number" && ttl >= 0) return ttl;
  const m = typeof ttl === "string" ? /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(ttl) : null;
  if (!m) throw new SluiceAPIError(`ttl ${JSON.stringify(ttl)} is not a duration: pass seconds (600) or a string such as "10m", "2h" or "1d".`);
  return Number(m[1]) * { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]!.toLowerCase() as "" | "s" | "m" | "h" | "d"];
}

export function memoryConnectionStore(): ConnectionStore {
  const map = new Map<string, unknown>();
  return {
    get<T>(key: string, make: () => T): T {
      if (map.has(key)) return map.get(key) as T;
      const value = make(); // a throw (bad settings) is not kept: the next call tries again
      map.set(key, value);
      return value;
    },
    delete: (key) => void map.delete(key),
  };
}

/** In-memory query results, bounded by entry count (oldest first out); a rejected computation is not kept. */
export function memoryQueryCache(maxEntries = 1000): QueryCache {
  const scopes = new Map<string, Map<string, { at: number; value: Promise<unknown> }>>();
  let size = 0;
  const stats = { misses: 0, hits: 0 };
  const evict = () => {
    for (const entries of scopes.values()) {
      for (const key of entries.keys()) {
        if (size <= maxEntries) return;
        entries.delete(key);
        size--;
      }
    }
  };
  return {
    stats,
    async get<T>(scope: string, key: string, compute: () => Promise<T>, options: QueryCacheOptions): Promise<T> {
      const ttl = ttlSeconds(options.ttl);
      let entries = scopes.get(scope);
      if (!entries) scopes.set(scope, (entries = new Map()));
      const hit = entries.get(key);
      if (hit && (ttl === null || Date.now() - hit.at < ttl * 1000)) {
        stats.hits++;
        return structuredClone(await (hit.value as Promise<T>));
      }
      if (hit) size--;
      stats.misses++;
      const value = compute();
      entries.set(key, { at: Date.now(), value }); // concurrent misses share one computation
      size++;
      evict();
      try {
        return structuredClone(await value);
      } catch (error) {
        if (entries.get(key)?.value === value) {
          entries.delete(key);
          size--;
        }
        throw error;
      }
    },
    clear(scope: string) {
      size -= scopes.get(scope)?.size ?? 0;
      scopes.delete(scope);
    },
  };
}
