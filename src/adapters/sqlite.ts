// The runtime's SQLite for st.connection (the core's SqliteDriver): Bun's bun:sqlite, node:sqlite on Deno and on
// Node ≥ 22.5 (where it loads without a flag), else node-sqlite3-wasm (WebAssembly; it writes the file through its
// own VFS, locking with a `<file>.lock` folder — see docs/connections.md). No native build on any runtime.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Row, SqliteDatabase, SqliteDriver, SqliteValue, WriteResult } from "../connections/types.ts";

declare const Bun: unknown;
declare const Deno: unknown;

/** The folder of a file database exists (a new `.sluice/` included); ":memory:" needs none. */
function prepare(path: string): string {
  if (path === ":memory:" || path === "") return ":memory:";
  const full = resolve(path);
  mkdirSync(dirname(full), { recursive: true });
  return full;
}

interface PreparedLike {
  all(...values: SqliteValue[]): Record<string, unknown>[];
  run(...values: SqliteValue[]): { changes: number | bigint; lastInsertRowid: number | bigint };
}

/** bun:sqlite and node:sqlite share a prepare/all/run shape; `finalize` is Bun's (node:sqlite's are GC'd). */
function preparedDatabase(db: { prepare(sql: string): PreparedLike & { finalize?(): void }; exec(sql: string): void; close(): void }, setup: (s: PreparedLike) => void = () => {}): SqliteDatabase {
  const withStatement = <T>(sql: string, use: (s: PreparedLike) => T): T => {
    const s = db.prepare(sql);
    try {
      setup(s);
      return use(s);
    } finally {
      s.finalize?.();
    }
  };
  return {
    all: (sql, params) => withStatement(sql, (s) => s.all(...params)) as Row[],
    run: (sql, params) =>
      withStatement(sql, (s): WriteResult => {
        const r = s.run(...params);
        return { changes: Number(r.changes), lastInsertRowid: r.lastInsertRowid };
      }),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
  };
}

/** Bun's built-in SQLite; safeIntegers so large integers arrive exact (the core narrows the rest to numbers). */
export const bunSqlite: SqliteDriver = {
  name: "bun:sqlite",
  async open(path) {
    const { Database } = await import("bun:sqlite" as string);
    const db = new Database(prepare(path), { create: true, safeIntegers: true });
    db.exec("PRAGMA busy_timeout = 5000");
    return preparedDatabase(db);
  },
};

/** node:sqlite (Deno, Node ≥ 22.5); setReadBigInts so large integers arrive exact. */
export const nodeSqlite: SqliteDriver = {
  name: "node:sqlite",
  async open(path) {
    const { DatabaseSync } = await import("node:sqlite" as string);
    const db = new DatabaseSync(prepare(path));
    db.exec("PRAGMA busy_timeout = 5000");
    return preparedDatabase(db, (s) => (s as unknown as { setReadBigInts(on: boolean): void }).setReadBigInts(true));
  },
};

/** node-sqlite3-wasm: SQLite compiled to WebAssembly, persisting to the file (Node 20, or any Node). */
export const wasmSqlite: SqliteDriver = {
  name: "node-sqlite3-wasm",
  async open(path) {
    const { default: wasm } = await import("node-sqlite3-wasm");
    const db = new wasm.Database(prepare(path));
    return {
      all: (sql, params) => db.all(sql, params as SqliteValue[]) as Row[],
      run: (sql, params) => db.run(sql, params as SqliteValue[]),
      exec: (sql) => db.exec(sql),
      close: () => db.close(),
    };
  },
};

async function loads(specifier: string): Promise<boolean> {
  try {
    await import(specifier);
    return true;
  } catch {
    return false;
  }
}

let chosen: Promise<SqliteDriver> | null = null;

/** The best SQLite this runtime has (decided once per process). */
export function runtimeSqlite(): Promise<SqliteDriver> {
  return (chosen ??= (async () => {
    if (typeof Bun !== "undefined") return bunSqlite;
    if (typeof Deno !== "undefined" || (await loads("node:sqlite"))) return nodeSqlite;
    return wasmSqlite;
  })());
}

/** The runtime's SQLite as a driver whose choice is made on first open (what the serve helpers pass). */
export const sqlite: SqliteDriver = {
  name: "auto",
  async open(path) {
    return (await runtimeSqlite()).open(path);
  },
};
