// The SQLite client over this runtime's driver (Node 20 here: node-sqlite3-wasm, since node:sqlite needs Node 22.5):
// types in and out, parameters stay data, transactions, persistence across opens, typed errors.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runtimeSqlite, sqlite, wasmSqlite } from "../../../src/adapters/sqlite.ts";
import { openSqlite } from "../../../src/connections/sqlite.ts";
import { SqlError, SqlParamsError } from "../../../src/util/errors.ts";

const dir = mkdtempSync(join(tmpdir(), "sluice-sqlite-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test("on Node 20 the runtime's SQLite is the WebAssembly build; on Node ≥ 22.5 node:sqlite", async () => {
  const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
  const expected = major > 22 || (major === 22 && minor >= 13) ? "node:sqlite" : "node-sqlite3-wasm";
  assert.is((await runtimeSqlite()).name, expected);
});

test("types map to JS: integers, floats, text, blobs as Uint8Array, null, bigint past 2^53", async () => {
  const db = await openSqlite(sqlite, ":memory:");
  await db.exec("create table t (i integer, f real, s text, b blob, n integer, big integer)");
  await db.execute("insert into t values (?, ?, ?, ?, ?, ?)", [42, 1.5, "héllo", new Uint8Array([0, 255]), null, 2n ** 60n]);
  const [row] = await db.query("select * from t");
  assert.equal(row, { i: 42, f: 1.5, s: "héllo", b: new Uint8Array([0, 255]), n: null, big: 2n ** 60n });
  assert.is(Object.getPrototypeOf(row), Object.prototype, "a plain object");
  assert.is(row!.b!.constructor, Uint8Array);
  await db.execute("insert into t (i, s) values (?, ?)", [true, new Date("2026-01-02T03:04:05Z")]);
  assert.equal(await db.query("select i, s from t where f is null"), [{ i: 1, s: "2026-01-02T03:04:05.000Z" }]);
  await db.close();
});

test("an injection attempt in a parameter stays data", async () => {
  const db = await openSqlite(sqlite, ":memory:");
  await db.exec("create table users (name text)");
  const evil = "x'); drop table users; --";
  await db.execute("insert into users (name) values (?)", [evil]);
  await db.execute("insert into users (name) values (:name)", { name: "' or '1'='1" });
  assert.equal(await db.query("select name from users where name = ?", [evil]), [{ name: evil }]);
  assert.equal(await db.query("select count(*) as n from users where name = :n", { n: "' or '1'='1" }), [{ n: 1 }]);
  assert.equal(await db.query("select count(*) as n from users"), [{ n: 2 }], "the table is still there");
  await db.close();
});

test("a file persists across opens, its folder is created, and a transaction that throws rolls back", async () => {
  const file = join(dir, "nested/folder/app.db");
  const a = await openSqlite(wasmSqlite, file);
  assert.ok(existsSync(file));
  await a.exec("create table o (id integer primary key, total real)");
  const r = await a.execute("insert into o (total) values (?)", [10]);
  assert.equal(r, { changes: 1, lastInsertRowid: 1 });
  await a.transaction(async (tx) => {
    await tx.execute("insert into o (total) values (?)", [20]);
  });
  await a
    .transaction(async (tx) => {
      await tx.execute("insert into o (total) values (?)", [30]);
      throw new Error("changed my mind");
    })
    .then(() => assert.unreachable(), (e) => assert.is(e.message, "changed my mind"));
  await a.close();
  const b = await openSqlite(wasmSqlite, file);
  assert.equal(await b.query("select total from o order by id"), [{ total: 10 }, { total: 20 }]);
  await b.close();
});

test("a query waits for a transaction in progress (one statement at a time)", async () => {
  const db = await openSqlite(sqlite, ":memory:");
  await db.exec("create table t (v integer)");
  let release!: () => void;
  const tx = db.transaction(async (t) => {
    await t.execute("insert into t values (1)");
    await new Promise<void>((r) => (release = r));
    throw new Error("rollback");
  });
  await new Promise((r) => setTimeout(r, 5));
  const read = db.query("select count(*) as n from t"); // must not see, or join, the open transaction
  release();
  await tx.catch(() => {});
  assert.equal(await read, [{ n: 0 }]);
  await db.close();
});

test("SQL errors are SqlErrors with the statement; bad params are SqlParamsErrors", async () => {
  const db = await openSqlite(sqlite, ":memory:");
  try {
    await db.query("select * from missing_table where a = ?", [1]);
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SqlError);
    assert.match((e as Error).message, /no such table: missing_table/);
    assert.match((e as Error).message, /Statement: select \* from missing_table/);
  }
  await db.query("select ?", [{ an: "object" }]).then(() => assert.unreachable(), (e) => assert.instance(e, SqlParamsError));
  await db.close();
});

test.run();
