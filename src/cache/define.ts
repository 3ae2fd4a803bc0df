// What cacheData and cacheResource share: their options, checked once; the function key (its name, the file that
// defined it, and its source: an edited function misses, an unchanged one keeps its entries across a reload); the
// entry key of a call; and the shape of the cached function the app gets back.
import { parseInterval } from "../script/fragments.ts";
import { CacheOptionError } from "../util/errors.ts";
import { hashArgs, hashText, type HashFuncs } from "./hash-args.ts";
import type { CacheCounters, CacheHost } from "./host.ts";
import { parseParams, type Param } from "./params.ts";

export interface CacheOptions {
  /** How long an entry lives: seconds, or a duration such as "10m", "1h", "1d". Default: until evicted or cleared. */
  ttl?: number | string | null;
  /** Entries this function keeps; the least recently used goes first. Default: no limit. */
  maxEntries?: number | null;
  /** While a miss computes in a run, show a spinner (true, the default), none (false), or this text. */
  showSpinner?: boolean | string;
  /** Hash functions for argument types sluice cannot hash: `new Map([[Client, (c) => c.url]])`. */
  hashFuncs?: HashFuncs;
}

export interface CacheStats {
  /** Calls answered from the cache (in this process). */
  hits: number;
  /** Calls that ran the function. */
  misses: number;
  /** Entries the function has now. */
  entries: number;
  /** Bytes those entries take (cacheData; 0 for cacheResource, whose values are live objects). */
  bytes: number;
}

/** A cached function: the function itself, plus its cache's controls. */
export type Cached<F extends (...args: any[]) => any> = F & {
  /** Drops every entry of this function, or with arguments the entry of that call. */
  clear(...args: Partial<Parameters<F>>): Promise<void>;
  /** Hits, misses, entries and bytes (of the calling app's cache, or `host`'s). */
  stats(host?: CacheHost): Promise<CacheStats>;
  /** The function key (name, defining file and source, hashed). */
  readonly cacheKey: string;
};

export interface Definition {
  readonly key: string;
  /** The function's name, for messages ("load", or "anonymous function"). */
  readonly label: string;
  readonly params: readonly Param[];
  readonly ttlMs: number;
  readonly maxEntries: number | undefined;
  /** The spinner's text, or null for none. */
  readonly spinner: string | null;
  readonly hashFuncs: HashFuncs | undefined;
}

const here = decodeURI(new URL(".", import.meta.url).pathname);

/** The file (no line, no query) of the first stack frame outside src/cache: where the cached function was made. */
function definingFile(): string {
  for (const line of (new Error().stack ?? "").split("\n").slice(1)) {
    const m = /((?:file|https?):\/\/[^\s)]+|\/[^\s)]+)/.exec(line);
    if (!m) continue;
    const file = decodeURI(m[1]!.replace(/(:\d+)+$/, "").replace(/\?.*$/, ""));
    if (!file.includes(here)) return file.replace(/^file:\/\//, "");
  }
  return "";
}

export function define(kind: "cacheData" | "cacheResource", fn: Function, options: CacheOptions): Definition {
  if (typeof fn !== "function") throw new CacheOptionError(`\`${kind}\` takes a function, got ${typeof fn}: \`${kind}((x) => load(x), { ttl: "1h" })\`.`);
  const label = fn.name || "anonymous function";
  const ttlMs = parseInterval(options.ttl);
  if (Number.isNaN(ttlMs)) {
    throw new CacheOptionError(`\`${kind}\` got ttl ${JSON.stringify(options.ttl)}: give seconds (3600) or a duration ("10m", "1h", "1d").`);
  }
  const max = options.maxEntries ?? undefined;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
    throw new CacheOptionError(`\`${kind}\` got maxEntries ${String(max)}: give a whole number of at least 1, or leave it out for no limit.`);
  }
  const show = options.showSpinner ?? true;
  return {
    key: kind + "-" + hashText([kind, fn.name, definingFile(), Function.prototype.toString.call(fn)].join("\n")),
    label,
    params: parseParams(fn),
    ttlMs,
    maxEntries: max,
    spinner: show === false ? null : typeof show === "string" ? show : `Running \`${label}(...)\`.`,
    hashFuncs: options.hashFuncs,
  };
}

/** The entry key of one call. */
export const entryKey = (def: Definition, args: readonly unknown[]): string =>
  def.key + ":" + hashArgs(def.label, def.params, args, def.hashFuncs);

export function countersOf(host: CacheHost, def: Definition): CacheCounters {
  let c = host.counters.get(def.key);
  if (!c) host.counters.set(def.key, (c = { hits: 0, misses: 0 }));
  return c;
}

export const isPromise = (v: unknown): v is Promise<unknown> =>
  v !== null && (typeof v === "object" || typeof v === "function") && typeof (v as { then?: unknown }).then === "function";
