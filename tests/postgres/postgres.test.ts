// st.connection against a real PostgreSQL server this file starts (tests/postgres/server.ts): URL and secrets
// fields, parameters of every style (an injection stays data), column types, transactions, reset, and errors
// that show the statement but never the password; the same client on real bun and deno. Skipped with a message when
// PostgreSQL is not installed.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../src/testing/index.ts";
import type { St } from "../../src/index.ts";
import { queryStats } from "../../src/connections/cache.ts";
import { createCacheHost, type CacheHost } from "../../src/cache/index.ts";
import { findPgBin, startPostgres, type PgServer } from "./server.ts";
import { root, runCommand } from "../runtimes/helpers.ts";

const test = suite("postgresql");
const bin = findPgBin();
let pg: PgServer;

function make(app: (st: St) => unknown, secrets: Record<string, unknown> = {}, cache: CacheHost = createCacheHost()) {
  return AppTest.fromFunction(app, { timeout: 15, secrets, cache });
}
const errors = (at: AppTest) => at.exception.map((e) => String((e as { message?: string }).message ?? ""));

if (!bin) {
  console.log("  PostgreSQL tests skipped: no initdb in /usr/lib/postgresql/*/bin or on PATH (apt-get install postgresql; .ci/run does).");
  test.skip("PostgreSQL is not installed", () => {});
} else {
  test.before(async () => {
    pg = await startPostgres(bin);
    console.log(`  postgres started in ${Math.round(pg.startMs)} ms on port ${pg.port}`);
  });
  test.after(async () => {
    await pg?.stop();
  });

  test("create, insert with ?, $1 and :name params, query back with JS types", async () => {
    let rows: Record<string, unknown>[] = [];
    const at = await make(async (st) => {
      const conn = st.connection("pg", { type: "sql", url: pg.url });
      await conn.executeScript("drop table if exists orders; create table orders (id bigserial primary key, item text, qty int, total numeric(10,2), big int8, raw bytea, paid boolean, at timestamptz)");
      await conn.execute("insert into orders (item, qty, total, big, raw, paid, at) values (?, ?, ?, ?, ?, ?, ?)", ["tea", 2, 7.5, 2n ** 60n, new Uint8Array([1, 2]), true, new Date("2026-01-02T03:04:05Z")]);
      await conn.execute("insert into orders (item, qty, total) values ($1, $2, $3)", ["cake", 1, 3.25]);
      await conn.execute("insert into orders (item, qty, total) values (:item, :qty, :total)", { item: "jam", qty: 4, total: null });
      rows = await conn.query("select id, item, qty, total, big, raw, paid, at from orders where qty >= ? order by id", { params: [1] });
      st.dataframe(rows);
      st.text(conn.dialect);
    }).run();
    assert.equal(errors(at), []);
    assert.is(at.text[0]!.value, "postgresql");
    assert.equal(rows.map((r) => r.item), ["tea", "cake", "jam"]);
    assert.equal(rows[0], { id: 1, item: "tea", qty: 2, total: 7.5, big: 2n ** 60n, raw: new Uint8Array([1, 2]), paid: true, at: new Date("2026-01-02T03:04:05Z") });
    assert.is(rows[2]!.total, null);
    assert.is(Object.getPrototypeOf(rows[0]), Object.prototype);
  });

  test("an injection attempt stays data", async () => {
    const evil = "x'; drop table orders; --";
    let found: unknown;
    const at = await make(async (st) => {
      const conn = st.connection("pg", { type: "sql", url: pg.url });
      await conn.execute("insert into orders (item, qty) values (:item, 1)", { item: evil });
      found = await conn.session.query("select item from orders where item = $1", [evil]);
      found = [found, await conn.session.query("select count(*) as n from orders")];
    }).run();
    assert.equal(errors(at), []);
    assert.equal(found, [[{ item: evil }], [{ n: 4 }]]);
  });

  test("settings from [connections.NAME] fields; cached queries; a transaction that throws rolls back", async () => {
    const secrets = { connections: { shop: { type: "sql", dialect: "postgresql", host: "127.0.0.1", port: pg.port, database: "postgres", username: pg.user, password: pg.password } } };
    const counts: unknown[] = [];
    const cache = createCacheHost();
    const app = async (st: St) => {
      const conn = st.connection("shop");
      await conn.transaction(async (tx) => {
        await tx.execute("insert into orders (item, qty) values (?, ?)", ["in-tx", 1]);
        throw new Error("abort");
      }).catch((e: Error) => st.text(e.message));
      counts.push((await conn.query("select count(*) as n from orders where item = 'in-tx'", { ttl: "1h" }))[0]!.n);
    };
    const at = make(app, secrets, cache);
    await at.run();
    await at.run();
    assert.equal(errors(at), []);
    assert.equal(counts, [0, 0]);
    const { hits, misses } = await queryStats(cache);
    assert.equal({ hits, misses }, { hits: 1, misses: 1 });
  });

  test("reset() closes the pool; the next query reconnects", async () => {
    const seen: unknown[] = [];
    const at = make(async (st) => {
      const conn = st.connection("pg", { type: "sql", url: pg.url });
      seen.push((await conn.session.query("select pg_backend_pid() as pid"))[0]!.pid);
      if (seen.length === 1) await conn.reset();
    });
    await at.run();
    await at.run();
    assert.equal(errors(at), []);
    assert.is(seen.length, 2);
    assert.is.not(seen[0], seen[1], "a new server process serves the new connection");
  });

  test("the client works on real bun and deno too ($1 and :name params, int8 past 2^53)", async () => {
    const fixture = "tests/postgres/fixtures/query.ts";
    const runs = {
      bun: () => runCommand(`${root}node_modules/.bin/bun`, [fixture, pg.url], { BUN_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" }),
      // --allow-env: the client reads PG* variables for its defaults
      deno: () => runCommand(`${root}node_modules/.bin/deno`, ["run", "--allow-net=127.0.0.1", "--allow-read=.", "--allow-env", "--cached-only", "--no-prompt", fixture, pg.url], { DENO_DIR: `${root}.tmp/deno-dir`, DENO_NO_UPDATE_CHECK: "1" }),
    };
    for (const [name, run] of Object.entries(runs)) {
      const r = await run();
      assert.is(r.code, 0, `${name}: ${r.output}`);
      const line = r.output.split("\n").find((l) => l.startsWith("{"));
      assert.equal(JSON.parse(line ?? "{}"), { rows: [{ n: 42 }, { name: "it's", big: "1152921504606846976n" }], errors: [] }, `${name}: ${r.output}`);
    }
  });

  test("errors in place: SQL errors carry SQLSTATE and the statement; a wrong password is not shown", async () => {
    const wrong = `postgresql://${pg.user}:not-the-password-123@127.0.0.1:${pg.port}/postgres`;
    const at = await make(async (st) => {
      const conn = st.connection("pg", { type: "sql", url: pg.url });
      await conn.query("select * from no_such_table where id = ?", { params: [1] }).catch((e) => st.text(`${e.name} ${e.code}`));
      await st.connection("bad", { type: "sql", url: wrong }).query("select 1");
    }).run();
    assert.equal(at.text.map((t) => t.value), ["SqlError 42P01"]);
    const [message] = errors(at);
    assert.match(message ?? "", /password authentication failed/);
    assert.not.match(message ?? "", "not-the-password-123");
  });
}

test.run();
