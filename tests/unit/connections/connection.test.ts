// st.connection through AppTest: one connection per name + settings shared across reruns and sessions, cached
// queries (not re-run; cleared by clear() and reset(); ttl), settings from [connections.NAME], custom classes,
// and errors shown in place without poisoning the cache.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { BaseConnection, type St } from "../../../src/index.ts";
import { queryStats } from "../../../src/connections/cache.ts";
import { createCacheHost } from "../../../src/cache/index.ts";

/** AppTests sharing one cache host (as the sessions of one server do): connections and query results live there. */
function world(secrets: Record<string, unknown> = {}) {
  const cache = createCacheHost();
  const make = (app: (st: St) => unknown) => AppTest.fromFunction(app, { cache, secrets });
  const stats = async () => {
    const { hits, misses } = await queryStats(cache);
    return { misses, hits };
  };
  return { make, stats };
}

const errors = (at: AppTest) => at.exception.map((e) => String((e as { message?: string }).message ?? ""));

test("one connection per name and settings, shared by reruns and sessions; other settings get their own", async () => {
  const w = world();
  const seen: unknown[] = [];
  const app = (st: St) => {
    seen.push(st.connection("a", { type: "sql", url: "sqlite:///:memory:" }));
    seen.push(st.connection("a", { type: "sql", url: "sqlite:///:memory:", ttl: 60 }));
  };
  await (await w.make(app).run()).run();
  await w.make(app).run();
  assert.is(seen.length, 6);
  assert.ok(seen[0] === seen[2] && seen[2] === seen[4], "the same object across reruns and sessions");
  assert.ok(seen[1] === seen[3] && seen[0] !== seen[1], "other options: another connection");
});

test("a cached query is not re-run; a write does not clear it; query.clear() does", async () => {
  const w = world();
  let shown: number[] = [];
  const at = w.make(async (st) => {
    const conn = st.connection("shop", { type: "sql", url: "sqlite:///:memory:" });
    await conn.executeScript("create table if not exists o (total real)");
    if (st.sessionState.add) {
      await conn.execute("insert into o (total) values (?)", [st.sessionState.add]);
      if (st.sessionState.forget) await conn.query.clear();
    }
    const rows = await conn.query("select total from o where total > ? order by total", { params: [0] });
    shown = rows.map((r) => r.total as number);
    st.dataframe(rows);
  });
  await at.run();
  assert.equal(await w.stats(), { misses: 1, hits: 0 });
  at.sessionState.add = 5;
  await at.run();
  assert.equal(shown, [], "served from the cache: the insert is not seen");
  assert.equal(await w.stats(), { misses: 1, hits: 1 });
  at.sessionState.add = 7;
  at.sessionState.forget = true;
  await at.run();
  assert.equal(shown, [5, 7]);
  assert.equal(await w.stats(), { misses: 2, hits: 1 });
  assert.equal(at.dataframe[0]!.value, [{ total: 5 }, { total: 7 }]);
});

test("query.clear() and reset() forget only their own connection's results", async () => {
  const w = world();
  const at = w.make(async (st) => {
    const a = st.connection("a", { type: "sql", url: "sqlite:///:memory:" });
    const b = st.connection("b", { type: "sql", url: "sqlite:///:memory:" });
    await a.query("select 1 as one");
    await b.query("select 1 as one");
    if (st.sessionState.step === 1) await a.query.clear();
    if (st.sessionState.step === 2) await b.reset();
  });
  await at.run(); // 2 misses
  at.sessionState.step = 1;
  await at.run(); // 2 hits, then a's results go
  at.sessionState.step = 2;
  await at.run(); // a misses, b hits; then b's results go
  at.sessionState.step = 3;
  await at.run(); // a hits, b misses
  assert.equal(await w.stats(), { misses: 4, hits: 4 });
});

test("params are part of the key; an object's key order is not", async () => {
  const w = world();
  const at = w.make(async (st) => {
    const conn = st.connection("k", { type: "sql", url: "sqlite:///:memory:" });
    await conn.query("select :a + :b as s", { params: { a: 1, b: 2 } });
    await conn.query("select :a + :b as s", { params: { b: 2, a: 1 } });
    const [r] = await conn.query("select :a + :b as s", { params: { a: 1, b: 3 } });
    st.text(String(r!.s));
  });
  await at.run();
  assert.equal(await w.stats(), { misses: 2, hits: 1 });
  assert.is(at.text[0]!.value, "4");
});

test("ttl: per call, else the connection's; an expired result is computed again", async () => {
  const w = world();
  const at = w.make(async (st) => {
    const conn = st.connection("t", { type: "sql", url: "sqlite:///:memory:", ttl: 0.05 });
    await conn.query("select 1 as one");
    await conn.query("select 2 as two", { ttl: null });
  });
  await at.run();
  await new Promise((r) => setTimeout(r, 80));
  await at.run();
  assert.equal(await w.stats(), { misses: 3, hits: 1 }, "select 1 expired, select 2 kept");
});

test("reset() closes and reopens the connection and forgets its cached queries", async () => {
  const w = world();
  const at = w.make(async (st) => {
    const conn = st.connection("r", { type: "sql", url: "sqlite:///:memory:" });
    if (st.sessionState.reset) await conn.reset();
    const tables = await conn.query("select count(*) as n from sqlite_master");
    await conn.executeScript("create table if not exists x (a)");
    st.text(`tables before: ${tables[0]!.n}`);
  });
  await at.run();
  await at.run();
  assert.is(at.text[0]!.value, "tables before: 0", "cached");
  at.sessionState.reset = true;
  await at.run();
  assert.is(at.text[0]!.value, "tables before: 0", "a fresh :memory: database after reset, and the query re-ran");
  assert.equal((await w.stats()).misses, 2);
});

test("settings come from [connections.NAME], options override them; type from the secrets, or sql for a url", async () => {
  const w = world({ connections: { shop: { type: "sql", url: "sqlite:///:memory:", password: "hunter2" }, byUrl: { url: "sqlite://" }, noType: { token: "t" } } });
  const at = w.make(async (st) => {
    const shop = st.connection("shop");
    st.text(`${shop.dialect} ${shop.url} ${shop.secrets.password === "hunter2"}`);
    const over = st.connection("shop", { url: "postgresql://ann:hunter2@localhost:1/db" });
    st.text(over.url);
    st.text(st.connection("byUrl").dialect);
    st.connection("noType");
  });
  await at.run();
  assert.equal(at.text.map((t) => t.value), ["sqlite sqlite:///:memory: true", "postgresql://ann:***@localhost:1/db", "sqlite"]);
  assert.equal(errors(at).length, 1);
  assert.match(errors(at)[0]!, /has no type: add type = "sql" to \[connections.noType\]/);
});

test("errors are shown in place: a missing section, a bad url, an unknown type, a SQL error (no password)", async () => {
  const w = world();
  for (const [app, pattern] of [
    [(st: St) => st.connection("nowhere"), /No \[connections.nowhere\] section/],
    [(st: St) => st.connection("x", { type: "sql", url: "mysql://u:hunter2@h/db" }), /dialect "mysql"/],
    [(st: St) => st.connection("x", { type: "nosql" as "sql" }), /Unknown connection type "nosql"/],
    [(st: St) => st.connection("x", { type: Date as never }), /does not extend BaseConnection/],
    [async (st: St) => { await st.connection("x", { type: "sql", url: "sqlite://" }).query("select nope from missing_table"); }, /no such table: missing_table[\s\S]*Statement: select nope/],
  ] as const) {
    const at = await w.make(app as (st: St) => unknown).run();
    assert.equal(errors(at).length, 1);
    assert.match(errors(at)[0]!, pattern);
    assert.not.match(errors(at)[0]!, "hunter2");
  }
});

test("a custom BaseConnection: connect(params) gets secrets + options; a failed connect is retried next run", async () => {
  let attempts = 0;
  class Api extends BaseConnection<{ base: string; token: string }> {
    protected connect(params: Readonly<Record<string, unknown>>) {
      attempts++;
      if (attempts === 1) throw new Error("api down");
      return { base: String(params.url), token: String(this.setting("token")) };
    }
    async get(path: string) {
      return this.cached(["get", path], async () => {
        const raw = await this.instance();
        return { url: raw.base + path, auth: raw.token.length };
      });
    }
  }
  const w = world({ connections: { api: { token: "abc", url: "http://wrong" } } });
  let got: unknown;
  const app = async (st: St) => {
    const api = st.connection("api", { type: Api, url: "http://api.test" });
    st.text(`${api.name} ${Object.keys(api.secrets).sort().join(",")}`);
    got = await api.get("/items");
  };
  const at = await w.make(app).run();
  assert.match(errors(at)[0] ?? "", "api down");
  await at.run();
  assert.equal(errors(at), []);
  assert.equal(got, { url: "http://api.test/items", auth: 3 });
  assert.is(at.text[0]!.value, "api token,url");
  assert.is(attempts, 2);

  const missing = await world({}).make(async (st) => void (await st.connection("api2", { type: Api, url: "u" }).instance())).run();
  assert.is(attempts, 3);
  await missing.run();
  assert.match(errors(missing)[0] ?? "", /needs "token": add it to \[connections.api2\]/);
});

test("edited secrets: the connection made from the old [connections.NAME] is closed when the new one is made", async () => {
  const closed: string[] = [];
  class Api extends BaseConnection<{ token: string }> {
    protected connect() {
      return { token: String(this.setting("token")) };
    }
    protected override disconnect(raw: { token: string }) {
      closed.push(raw.token);
    }
  }
  const w = world({ connections: { api: { token: "old" } } });
  const used: string[] = [];
  const at = w.make(async (st) => void used.push((await st.connection("api", { type: Api }).instance()).token));
  await at.run();
  await at.run();
  assert.equal(closed, [], "the same settings keep their connection");
  at.secrets = { connections: { api: { token: "new" } } };
  await at.run();
  await new Promise((r) => setTimeout(r, 0)); // closing is not awaited by the run
  assert.equal(used, ["old", "old", "new"]);
  assert.equal(closed, ["old"], "the connection from the old secrets was closed");
});

test.run();
