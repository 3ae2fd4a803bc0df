// Where connections and their query results are kept: st.cacheResource holds the connections (one per name, type
// and settings, shared by every session of the app) and st.cacheData the query results (a copy per hit), both in
// the calling app's CacheHost (src/cache/host.ts), so a shared store serves them too.
import { cacheData, cacheResource, type Cached, type CacheHost } from "../cache/index.ts";

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
  /** Forgets cached query results (with cacheData: every connection's, in the calling app's cache). */
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
// One cached function per ttl and spinner (as Streamlit makes one per call); they share one key, so one set of entries.
const byOptions = new Map<string, Cached<QueryFn>>();
function queryFn(options: QueryCacheOptions): Cached<QueryFn> {
  const ttl = options.ttl ?? null;
  const spinner = options.showSpinner ?? "Running `conn.query(...)`.";
  const id = JSON.stringify([ttl, spinner]);
  let fn = byOptions.get(id);
  if (!fn) {
    fn = cacheData(async function sqlQuery(connection: string, statement: string, _compute: () => Promise<unknown>) {
      return _compute();
    }, { ttl, showSpinner: spinner });
    if (byOptions.size < 64) byOptions.set(id, fn);
  }
  return fn;
}

/** st.connection's query results, as cacheData entries of the calling app. */
export const dataQueries: QueryCache = {
  get: <T>(scope: string, key: string, compute: () => Promise<T>, options: QueryCacheOptions) => queryFn(options)(scope, key, compute) as Promise<T>,
  clear: () => queryFn({}).clear(),
};

/** Hits and misses of st.connection's cached queries in `host` (for tests and benchmarks). */
export function queryStats(host?: CacheHost) {
  return queryFn({}).stats(host);
}
