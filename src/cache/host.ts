// Where a cached call finds its caches: the CacheHost of the app whose run is calling (createApp's `cache` option
// or AppTest's, bound to each session's runner), else the process's default memory host, created on first use.
// Cached functions are module-level values (as in Streamlit), so they resolve the host per call, through the run
// scope (src/script/scope.ts), never through state of their own.
import { runScope } from "../script/scope.ts";
import { ResourceStore } from "./resources.ts";
import { MemoryCacheStore, type CacheStore } from "./store.ts";

export interface CacheCounters {
  hits: number;
  misses: number;
}

export interface CacheHost {
  /** cacheData's entries, as bytes (replaceable by a shared store). */
  readonly data: CacheStore;
  /** cacheResource's entries: live values, in this process. */
  readonly resources: ResourceStore;
  /** Hits and misses per cached function (by function key), counted in this process. */
  readonly counters: Map<string, CacheCounters>;
  /** Misses being computed, by entry key: concurrent callers of the same entry share one computation. */
  readonly inflight: Map<string, Promise<unknown>>;
}

export interface CacheHostOptions {
  /** cacheData's store; default a MemoryCacheStore of `maxBytes`. */
  data?: CacheStore;
  /** Bytes the default memory store may hold (config runner.cacheDataMaxBytes). */
  maxBytes?: number;
  /** The clock (milliseconds), for tests. */
  now?: () => number;
}

/**
 * A set of caches for createApp / AppTest (`{ cache: createCacheHost({ data: myStore }) }`).
 * @example const cache = createCacheHost({ maxBytes: 64 << 20 });
 */
export function createCacheHost(options: CacheHostOptions = {}): CacheHost {
  return {
    data: options.data ?? new MemoryCacheStore({ maxBytes: options.maxBytes, now: options.now }),
    resources: new ResourceStore(options.now),
    counters: new Map(),
    inflight: new Map(),
  };
}

const bound = new WeakMap<object, CacheHost>();

/** Makes `owner`'s runs (a session's ScriptRunner) use `host`. */
export function bindCacheHost(owner: object, host: CacheHost): void {
  bound.set(owner, host);
}

let processHost: CacheHost | null = null;

/**
 * The process's default host (memory stores), created on first use: what createApp and AppTest use without a
 * `cache` option, and what a cached function uses outside any run. `maxBytes` resizes its memory store.
 */
export function processCacheHost(maxBytes?: number): CacheHost {
  processHost ??= createCacheHost({ maxBytes });
  if (maxBytes !== undefined && processHost.data instanceof MemoryCacheStore) processHost.data.maxBytes = maxBytes;
  return processHost;
}

/** The run calling now (a ScriptRunner, where the runtime can tell), and the host its app uses. */
export function currentCaller(): { owner: object | undefined; host: CacheHost } {
  const owner = runScope().current();
  return { owner, host: (owner && bound.get(owner)) ?? processCacheHost() };
}
