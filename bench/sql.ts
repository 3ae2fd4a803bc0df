// Measure: st.connection's SQLite (this runtime's driver; Node 20: WebAssembly) — a 10,000-row query into
// st.dataframe: the query cold (driver + cacheData store) and cached (a copy from cacheData), the rerun time with the
// cached query, and the bytes on the wire of a page change of the table.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createApp } from "../src/server/index.ts";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import { runtimeSqlite, sqlite } from "../src/adapters/sqlite.ts";
import { openSqlite } from "../src/connections/sqlite.ts";
import { createCacheHost } from "../src/cache/index.ts";
import type { St } from "../src/index.ts";
import { FORM, fmtBytes, fmtMs, median, type Result } from "./util.ts";

const ROWS = 10_000;
const REGIONS = ["North", "South", "East", "West"];
const BROWSER = { "accept-encoding": "gzip, deflate, br" };

async function seed(file: string) {
  const db = await openSqlite(sqlite, file);
  await db.exec("create table orders (id integer primary key, customer text, region text, qty integer, total real, placed text)");
  await db.transaction(async (tx) => {
    for (let i = 0; i < ROWS; i++) {
      await tx.execute("insert into orders (customer, region, qty, total, placed) values (?, ?, ?, ?, ?)", [
        `customer ${i}`, REGIONS[i % 4]!, (i * 7) % 13, Math.round(((i * 7919) % 100_000) / 10) / 10, `2026-01-${String((i % 28) + 1).padStart(2, "0")}`,
      ]);
    }
  });
  await db.close();
}

export async function measureSql(o: { reruns: number; colds: number }): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), "sluice-bench-sql-"));
  try {
    const file = join(dir, "orders.db");
    await seed(file);
    const cold: number[] = [];
    const cached: number[] = [];
    let clearFirst = false;
    const app = async (st: St) => {
      const conn = st.connection("bench", { type: "sql", url: `sqlite:///${file}` });
      if (clearFirst) await conn.query.clear();
      const t = performance.now();
      const rows = await conn.query("select * from orders order by id", { showSpinner: false });
      (clearFirst ? cold : cached).push(performance.now() - t);
      st.dataframe(rows, { key: "orders" });
    };
    const s = createApp({ app, sqlite, cache: createCacheHost(), title: "bench", config: { server: { unjoinedSessionTtl: 3600 } } });
    s.setCompressor(zlibCompressor);
    clearFirst = true;
    const res = await s.hono.request("http://127.0.0.1/");
    const page = await res.text();
    const pick = (re: RegExp) => re.exec(page)?.[1] ?? "";
    const sessionId = pick(/name="_sluice_session" value="([0-9a-f]+)"/);
    const cookie = res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; ");
    const name = /name="(\$\$ID-[^"]+-orders)"/.exec(page)![1]!.replace(/&#39;/g, "'");
    let last = Number(pick(/name="_sluice_last" id="sl-last" value="(\d+)"/));
    const post = async (action: string) => {
      const body = new URLSearchParams([["_sluice_session", sessionId], ["_sluice_last", String(last)], [name, ""], ...(action ? [[name, action] as [string, string]] : [])]);
      const t0 = performance.now();
      const r = await s.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: body.toString(), headers: { ...FORM, ...BROWSER, cookie } });
      const bytes = Buffer.from(await r.arrayBuffer());
      const ms = performance.now() - t0;
      if (r.status !== 200) throw new Error(`bench: sql post answered ${r.status}`);
      const enc = r.headers.get("content-encoding");
      const text = (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
      last = Math.max(last, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
      return { ms, wire: bytes.length, raw: Buffer.byteLength(text) };
    };
    for (let i = 1; i < o.colds; i++) await post("");
    clearFirst = false;
    const reruns: number[] = [];
    for (let i = 0; i < o.reruns; i++) reruns.push((await post("")).ms);
    const pages: { ms: number; wire: number; raw: number }[] = [];
    for (let p = 1; p <= Math.min(o.reruns, 20); p++) pages.push(await post(`page=${p}`));
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const driver = (await runtimeSqlite()).name;
    const label = `sql 10k rows (${driver})`;
    return {
      name: "sql",
      rows: [
        { measure: `${label}: query, cold (median)`, value: fmtMs(median(cold)), aim: "informational", ok: null },
        { measure: `${label}: query, cached (median)`, value: fmtMs(median(cached)), aim: "< cold", ok: median(cached) < median(cold) },
        { measure: `${label}: rerun with the cached query (median)`, value: fmtMs(median(reruns)), aim: "< 50 ms", ok: median(reruns) < 50 },
        { measure: `${label}: page change of the table, wire / raw`, value: `${fmtBytes(avg(pages.map((p) => p.wire)))} / ${fmtBytes(avg(pages.map((p) => p.raw)))}`, aim: "informational", ok: null },
      ],
      data: { driver, cold, cached, reruns, pages },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
