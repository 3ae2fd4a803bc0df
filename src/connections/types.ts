// The shapes st.connection's SQL layer is built from: rows and parameters, the client every dialect implements
// (SQLite, PostgreSQL), and the small SQLite driver interface each runtime's adapter fills (src/adapters/sqlite.ts).
import type { ConnectionStore, QueryCache } from "./cache.ts";

/** One result row: column name → value (number, bigint, string, Uint8Array, boolean, Date, null, …). */
export type Row = Record<string, unknown>;

/** Query parameters: a list for `?` / `$1` placeholders, or an object for `:name` placeholders. */
export type Params = readonly unknown[] | Readonly<Record<string, unknown>>;

/** What a write reports. `lastInsertRowid` is SQLite's (PostgreSQL: use `returning`). */
export interface WriteResult {
  changes: number;
  lastInsertRowid?: number | bigint;
}

/** Runs statements: a connection, or the transaction handle `transaction(fn)` passes to `fn`. */
export interface SqlExecutor {
  /** Rows of a statement (parameters bound by the driver, never interpolated). */
  query(sql: string, params?: Params): Promise<Row[]>;
  /** Runs a write; its count of changed rows. */
  execute(sql: string, params?: Params): Promise<WriteResult>;
}

/** A dialect's open connection (pool). */
export interface SqlClient extends SqlExecutor {
  readonly dialect: "sqlite" | "postgresql";
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (no parameters), e.g. a schema. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** A value SQLite stores. */
export type SqliteValue = null | number | bigint | string | Uint8Array;

/** One open SQLite database, synchronous as every runtime's SQLite is. Parameters are positional `?`. */
export interface SqliteDatabase {
  /** Rows as objects; integers past Number.MAX_SAFE_INTEGER as bigint, blobs as Uint8Array. */
  all(sql: string, params: readonly SqliteValue[]): Row[];
  run(sql: string, params: readonly SqliteValue[]): WriteResult;
  exec(sql: string): void;
  close(): void;
}

/** Opens SQLite files for the core: each runtime's adapter provides one (bun:sqlite, node:sqlite, WebAssembly). */
export interface SqliteDriver {
  /** For messages and `conn.driver`: "bun:sqlite", "node:sqlite", "node-sqlite3-wasm". */
  readonly name: string;
  /**
   * Opens (creating it and its folder when missing) the database at `path`, relative to the working directory,
   * or ":memory:".
   */
  open(path: string): Promise<SqliteDatabase>;
}

/** What st.connection needs from where the app runs: set by createApp / AppTest on the runner (`runner.env`); the
 * secrets come from `runner.secrets()` (st.secrets). */
export interface ConnectionEnv {
  /** The runtime's SQLite (the adapters pass theirs). */
  sqlite?: SqliteDriver;
  /** Where connections are kept (default: cacheResource entries of the app's cache). */
  connections?: ConnectionStore;
  /** Where cached query results are kept (default: cacheData entries of the app's cache). */
  queries?: QueryCache;
  /** The connection last made for each name, type and options (secrets aside): one replaced because its
   *  `[connections.NAME]` changed is closed (src/connections/connection.ts). */
  latest?: Map<string, { reset(): Promise<void> }>;
}
