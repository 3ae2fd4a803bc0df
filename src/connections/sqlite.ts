// The SQLite client: a runtime's synchronous SQLite database (src/adapters/sqlite.ts) behind the async SqlClient
// the connection uses. One statement at a time; a transaction holds the database until it ends, so another
// session's query never lands inside it.
import { SqlError } from "../util/errors.ts";
import { bindParams } from "./params.ts";
import type { Params, Row, SqlClient, SqlExecutor, SqliteDatabase, SqliteDriver, WriteResult } from "./types.ts";
import { plainRows, toSqlite } from "./values.ts";

/** A promise-chain mutex: runs tasks one after another. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => {});
    return next;
  }
}

function sqlError(error: unknown, statement: string): SqlError {
  const e = error as { message?: string; code?: unknown; errcode?: unknown };
  const code = typeof e?.code === "string" ? e.code : e?.errcode !== undefined ? String(e.errcode) : undefined;
  return new SqlError(`SQLite error: ${e?.message ?? String(error)}`, statement, code);
}

function executor(db: SqliteDatabase): SqlExecutor {
  const bind = (sql: string, params: Params | undefined) => {
    const { text, values } = bindParams(sql, params, "sqlite");
    return { text, values: values.map((v) => toSqlite(v, sql)) };
  };
  return {
    async query(sql: string, params?: Params): Promise<Row[]> {
      const { text, values } = bind(sql, params);
      try {
        return plainRows(db.all(text, values));
      } catch (error) {
        throw sqlError(error, sql);
      }
    },
    async execute(sql: string, params?: Params): Promise<WriteResult> {
      const { text, values } = bind(sql, params);
      try {
        const r = db.run(text, values);
        return { changes: Number(r.changes), lastInsertRowid: r.lastInsertRowid === undefined ? undefined : (fromRowid(r.lastInsertRowid)) };
      } catch (error) {
        throw sqlError(error, sql);
      }
    },
  };
}

const fromRowid = (v: number | bigint) => (typeof v === "bigint" && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

/** Opens `path` with the runtime's driver. */
export async function openSqlite(driver: SqliteDriver, path: string): Promise<SqlClient> {
  let db: SqliteDatabase;
  try {
    db = await driver.open(path);
  } catch (error) {
    throw new SqlError(`Could not open the SQLite database "${path}" (${driver.name}): ${(error as Error)?.message ?? error}`, "");
  }
  const queue = new Queue();
  const direct = executor(db);
  return {
    dialect: "sqlite",
    query: (sql, params) => queue.run(() => direct.query(sql, params)),
    execute: (sql, params) => queue.run(() => direct.execute(sql, params)),
    exec: (sql) =>
      queue.run(() => {
        try {
          db.exec(sql);
        } catch (error) {
          throw sqlError(error, sql);
        }
      }),
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
      queue.run(async () => {
        db.exec("BEGIN");
        try {
          const result = await fn(direct);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          try {
            db.exec("ROLLBACK");
          } catch {}
          throw error;
        }
      }),
    close: () => queue.run(() => db.close()),
  };
}
