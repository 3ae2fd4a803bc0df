// SQLConnection: st.connection's "sql" type. Reads its settings into SQLite (the runtime's driver, a file by
// default) or PostgreSQL; `query` caches rows through the query cache, `execute` / `transaction` write uncached.
import { ConnectionConfigError } from "../util/errors.ts";
import { BaseConnection, stableKey, type ConnectionInit } from "./base.ts";
import type { QueryCacheOptions } from "./cache.ts";
import { openPostgres } from "./postgres.ts";
import { openSqlite } from "./sqlite.ts";
import type { Params, Row, SqlClient, SqlExecutor, WriteResult } from "./types.ts";
import { describeTarget, sqlTarget, type SqlTarget } from "./url.ts";

export interface QueryOptions extends QueryCacheOptions {
  /** Values for the statement's placeholders: a list for `?` / `$1`, an object for `:name`. */
  params?: Params;
}

/** `conn.query`: the cached query, with `clear()` to forget this connection's results. */
export interface QueryFunction {
  (sql: string, options?: QueryOptions): Promise<Row[]>;
  /** Forgets this connection's cached query results (a write does not do it by itself). */
  clear(): Promise<void>;
}

/**
 * A SQL database (Streamlit's SQLConnection): SQLite (embedded, `.sluice/local.db` by default) or PostgreSQL.
 * @example
 * const conn = st.connection("local", { type: "sql" });
 * const rows = await conn.query("select * from orders where total > ?", { params: [100], ttl: "10m" });
 * await conn.execute("insert into orders (total) values (?)", [120]);
 * conn.query.clear(); // writes do not clear cached queries
 */
export class SQLConnection extends BaseConnection<SqlClient> {
  private readonly target: SqlTarget;

  constructor(name: string, init: ConnectionInit) {
    super(name, init);
    this.target = sqlTarget(init.params);
    if (this.target.dialect === "sqlite" && !init.env.sqlite) {
      throw new ConnectionConfigError(
        "No SQLite driver is available here: serve the app through sluice's Node, Bun or Deno adapter (or `sluice run`), " +
          "or pass `sqlite` to createApp / AppTest.",
      );
    }
  }

  protected connect(): Promise<SqlClient> {
    const t = this.target;
    return t.dialect === "sqlite" ? openSqlite(this.env.sqlite!, t.path) : openPostgres(t);
  }

  protected override disconnect(client: SqlClient): Promise<void> {
    return client.close();
  }

  /** "sqlite" or "postgresql". */
  get dialect(): SqlTarget["dialect"] {
    return this.target.dialect;
  }

  /** The database's URL, with any password shown as ***. */
  get url(): string {
    return describeTarget(this.target);
  }

  /**
   * Rows of a query, cached (st.cacheData) by connection, statement and params: ttl per call, else st.connection's,
   * else until cleared. A miss shows "Running `conn.query(...)`." in place (`showSpinner`: false or a text).
   */
  readonly query: QueryFunction = Object.assign(
    (sql: string, options: QueryOptions = {}): Promise<Row[]> =>
      this.cached([sql, options.params ?? null], async () => (await this.instance()).query(sql, options.params), { ttl: options.ttl, showSpinner: options.showSpinner }),
    { clear: () => this.clearCached() },
  );

  /** Runs a write (insert, update, delete, DDL), uncached: it does not clear cached queries (`conn.query.clear()`). */
  async execute(sql: string, params?: Params): Promise<WriteResult> {
    return (await this.instance()).execute(sql, params);
  }

  /** Runs several statements without parameters (a schema, a seed). */
  async executeScript(sql: string): Promise<void> {
    return (await this.instance()).exec(sql);
  }

  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return (await this.instance()).transaction(fn);
  }

  /** Uncached access for writes and fresh reads (Streamlit's `conn.session`). */
  get session(): SqlExecutor & { transaction: SQLConnection["transaction"] } {
    return {
      query: async (sql, params) => (await this.instance()).query(sql, params),
      execute: (sql, params) => this.execute(sql, params),
      transaction: (fn) => this.transaction(fn),
    };
  }
}

export { stableKey };
