// Where connections and their query results are kept: st.cacheResource holds the connections (one per name, type
// and settings, shared by every session of the app) and st.cacheData the query results (a copy per hit), both in
// the calling app's CacheHost (src/cache/host.ts), so a shared store serves them too.
import { cacheData, cacheResource, type Cached, type CacheHost } from "../cache/index.ts";
import { hashText } from "../cache/hash-args.ts";

/** Connections, one per key (name + type + settings). A `make` that throws keeps nothing: the next call retries. */
export interface ConnectionStore {
  get<T>(key: string, make: () => T): T;
}

export interface QueryCacheOptions {
  /** Seconds (or "10m", "2h", "1d"); undefined or null: until cleared. */
  ttl?: number | string | null;
  /** While a miss computes in a run: a spinner (true), none (false), or this text. */
  showSpinner?: boolean | string;
}

/** Query results: a copy per hit, keyed by the connection and the statement with its params. */
export interface QueryCache {
  get<T>(scope: string, key: string, compute: () => Promise<T>, options: QueryCacheOptions): Promise<T>;
  /** Forgets the cached query results of one connection (`scope`), in the calling app's cache. */
  clear(scope: string): Promise<void>;
}

const connections = cacheResource(function sqlConnection(key: string, _make: () => unknown) {
  return _make();
}, { showSpinner: false });

/** st.connection's connections, as cacheResource entries of the calling app. */
export const resourceConnections: ConnectionStore = {
  get: <T>(key: string, make: () => T) => connections(key, make) as T,
};

type QueryFn = (connection: string, statement: string, _compute: () => Promise<unknown>) => Promise<unknown>;

/** A cached query function per connection (its name carries a hash of the connection's key, so each connection's
 * results are a group of their own that clear() drops alone), and per ttl and spinner (as Streamlit makes one per
 * call; they share the connection's group). */
const made = new Map<string, Cached<QueryFn>>();
const groups = new Map<string, Cached<QueryFn>>(); // one per connection group, for stats
function queryFn(scope: string, options: QueryCacheOptions): Cached<QueryFn> {
  const ttl = options.ttl ?? null;
  const spinner = options.showSpinner ?? "Running `conn.query(...)`.";
  const id = JSON.stringify([scope, ttl, spinner]);
  let fn = made.get(id);
  if (!fn) {
    const name = `sqlQuery ${hashText(scope)}`;
    const named = {
      [name]: async function (connection: string, statement: string, _compute: () => Promise<unknown>) {
        return _compute();
      },
    }[name]!;
    fn = cacheData(named, { ttl, showSpinner: spinner });
    if (made.size >= 1024) made.clear(); // only a shortcut: a function made again has the same key
    made.set(id, fn);
    if (!groups.has(fn.cacheKey) && groups.size < 1024) groups.set(fn.cacheKey, fn);
  }
  return fn;
}

/** st.connection's query results, as cacheData entries of the calling app (a group per connection). */
export const dataQueries: QueryCache = {
  get: <T>(scope: string, key: string, compute: () => Promise<T>, options: QueryCacheOptions) => queryFn(scope, options)(scope, key, compute) as Promise<T>,
  clear: (scope: string) => queryFn(scope, {}).clear(),
};

/** Hits and misses of st.connection's cached queries (every connection's) in `host`, for tests and benchmarks. */
export async function queryStats(host?: CacheHost): Promise<{ hits: number; misses: number }> {
  let hits = 0;
  let misses = 0;
  for (const fn of groups.values()) {
    const s = await fn.stats(host);
    hits += s.hits;
    misses += s.misses;
  }
  return { hits, misses };
}
