// The PostgreSQL client: the pure-JS `postgres` package (loaded on first use, so apps without PostgreSQL never
// load it; its package exports pick the Node, Bun, Deno or Workers build) behind the SqlClient interface.
// Types: int8 as number (bigint past 2^53), numeric as number, bytea as Uint8Array, timestamps as Date.
import { SqlError } from "../util/errors.ts";
import { bindParams } from "./params.ts";
import type { Params, Row, SqlClient, SqlExecutor, WriteResult } from "./types.ts";
import type { PostgresTarget } from "./url.ts";
import { plainRows } from "./values.ts";

/** The part of a `postgres` sql (or transaction) handle this client uses. */
interface PgHandle {
  unsafe(text: string, values?: unknown[]): Promise<Record<string, unknown>[] & { count: number }> & { simple(): Promise<unknown> };
}
interface PgSql extends PgHandle {
  begin<T>(fn: (tx: PgHandle) => Promise<T>): Promise<T>;
  end(o?: { timeout?: number }): Promise<void>;
}

function sqlError(error: unknown, statement: string): SqlError {
  const e = error as { message?: string; code?: unknown };
  return new SqlError(`PostgreSQL error: ${e?.message ?? String(error)}`, statement, typeof e?.code === "string" ? e.code : undefined);
}

function executor(h: PgHandle): SqlExecutor {
  return {
    async query(sql: string, params?: Params): Promise<Row[]> {
      const { text, values } = bindParams(sql, params, "postgresql");
      try {
        return plainRows(await h.unsafe(text, values));
      } catch (error) {
        throw sqlError(error, sql);
      }
    },
    async execute(sql: string, params?: Params): Promise<WriteResult> {
      const { text, values } = bindParams(sql, params, "postgresql");
      try {
        const r = await h.unsafe(text, values);
        return { changes: r.count ?? 0 };
      } catch (error) {
        throw sqlError(error, sql);
      }
    },
  };
}

/** Opens a pool to `t` and checks it answers (so a wrong address or password fails here, not at first query). */
export async function openPostgres(t: PostgresTarget): Promise<SqlClient> {
  const { default: postgres } = await import("postgres");
  const sslmode = t.query.sslmode;
  const sql = postgres({
    host: t.host,
    port: t.port,
    database: t.database || undefined,
    username: t.username || undefined,
    password: t.password || undefined,
    ...(sslmode && sslmode !== "disable" ? { ssl: sslmode as "require" } : {}),
    connect_timeout: 10,
    onnotice: () => {},
    types: {
      bigint: postgres.BigInt,
      numeric: { to: 1700, from: [1700], serialize: (x: unknown) => String(x), parse: (x: string) => Number(x) },
    },
    ...t.clientOptions,
  }) as unknown as PgSql;
  try {
    await sql.unsafe("select 1");
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => {});
    const e = error as { message?: string; code?: unknown };
    throw new SqlError(`Could not connect to PostgreSQL at ${t.host}:${t.port}${t.database ? "/" + t.database : ""}: ${e?.message ?? error}`, "", typeof e?.code === "string" ? e.code : undefined);
  }
  const direct = executor(sql);
  return {
    dialect: "postgresql",
    ...direct,
    async exec(script: string) {
      try {
        await sql.unsafe(script).simple();
      } catch (error) {
        throw sqlError(error, script);
      }
    },
    transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) => sql.begin((tx) => fn(executor(tx))),
    close: () => sql.end({ timeout: 5 }),
  };
}
