// BaseConnection: Streamlit's base class for st.connection. A subclass says how to open its underlying connection
// (`connect(params)`); the base keeps it, opens it lazily (a failed open is retried on the next use), reopens it
// after reset(), and gives subclasses the connection's name, its secrets section and a cached-query helper.
import { ConnectionSecretsError } from "../util/errors.ts";
import type { QueryCache, QueryCacheOptions } from "./cache.ts";
import type { ConnectionEnv } from "./types.ts";

/** What st.connection gives a connection class's constructor. */
export interface ConnectionInit {
  /** `[connections.NAME]` from the app's secrets ({} when there is none). */
  secrets: Readonly<Record<string, unknown>>;
  /** The secrets section overridden by st.connection's options (without type, ttl and maxEntries). */
  params: Readonly<Record<string, unknown>>;
  /** st.connection's `ttl`: the default for cached queries. */
  ttl?: number | string | null;
  /** Identifies this connection's settings (its query results are kept under it). */
  key: string;
  env: ConnectionEnv;
  queries: QueryCache;
}

/**
 * The base of every connection (Streamlit's `st.connections.BaseConnection`). Subclass it and implement
 * `connect(params)`; pass the class as st.connection's `type`.
 * @example
 * class Api extends BaseConnection<{ base: string }> {
 *   protected connect(params: Record<string, unknown>) { return { base: String(params.url) }; }
 *   async get(path: string) { return this.cached(["get", path], async () => (await fetch((await this.instance()).base + path)).json()); }
 * }
 * const api = st.connection("api", { type: Api }); // settings from [connections.api] in .sluice/secrets.toml
 */
export abstract class BaseConnection<Raw = unknown> {
  /** The name st.connection was called with. */
  readonly name: string;
  /** Settings: the `[connections.NAME]` secrets overridden by st.connection's options. */
  protected readonly params: Readonly<Record<string, unknown>>;
  protected readonly ttl: number | string | null | undefined;
  private readonly section: Readonly<Record<string, unknown>>;
  private readonly queries: QueryCache;
  protected readonly env: ConnectionEnv;
  /** Identifies this connection's settings. */
  readonly key: string;
  private raw: Promise<Raw> | null = null;

  constructor(name: string, init: ConnectionInit) {
    this.name = name;
    this.params = init.params;
    this.ttl = init.ttl;
    this.section = init.secrets;
    this.queries = init.queries;
    this.env = init.env;
    this.key = init.key;
  }

  /** Opens the underlying connection (Streamlit's `_connect`). Called on first use and after reset(). */
  protected abstract connect(params: Readonly<Record<string, unknown>>): Raw | Promise<Raw>;

  /** Closes an underlying connection reset() drops; override when it holds sockets or files. */
  protected disconnect(_raw: Raw): void | Promise<void> {}

  /** The `[connections.NAME]` section of the app's secrets. */
  get secrets(): Readonly<Record<string, unknown>> {
    return this.section;
  }

  /** One setting, from the options or the secrets section; a clear error naming the key when it is missing. */
  protected setting(key: string): unknown {
    if (this.params[key] === undefined) {
      throw new ConnectionSecretsError(
        `The connection "${this.name}" needs "${key}": add it to [connections.${this.name}] in .sluice/secrets.toml, ` +
          `or pass it to st.connection("${this.name}", { ${key}: … }).`,
      );
    }
    return this.params[key];
  }

  /** The underlying connection, opened on first use. A failed open is not kept: the next call tries again. */
  instance(): Promise<Raw> {
    if (!this.raw) {
      const opening = (async () => this.connect(this.params))();
      this.raw = opening;
      opening.catch(() => {
        if (this.raw === opening) this.raw = null;
      });
    }
    return this.raw;
  }

  /** Closes the underlying connection and forgets this connection's cached results; the next use reopens it. */
  async reset(): Promise<void> {
    const raw = this.raw;
    this.raw = null;
    await this.queries.clear(this.key);
    const open = raw && (await raw.then((r) => ({ r }), () => null));
    if (open) await this.disconnect(open.r);
  }

  /**
   * `compute()`'s result, cached under this connection and `args` (as st.cacheData does: a copy per hit). `ttl`
   * defaults to st.connection's.
   */
  protected cached<T>(args: unknown[], compute: () => Promise<T>, options: QueryCacheOptions = {}): Promise<T> {
    const ttl = options.ttl === undefined ? this.ttl : options.ttl;
    return this.queries.get(this.key, stableKey(args), compute, { ...options, ttl });
  }

  /** Forgets this connection's cached results. */
  protected clearCached(): Promise<void> {
    return this.queries.clear(this.key);
  }
}

/** A stable text key for plain data (object key order does not matter); Dates, bigints and bytes included. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, k: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[k];
    if (raw instanceof Date) return { $date: raw.toISOString() };
    if (typeof v === "bigint") return { $bigint: v.toString() };
    if (v instanceof Uint8Array) return { $bytes: Array.from(v) };
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((key) => [key, (v as Record<string, unknown>)[key]]));
    }
    return v;
  });
}
