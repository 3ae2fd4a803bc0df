// examples/sql.ts served over HTTP (in memory and on a real Node server): the seeded orders as a real table, the
// query cache shared by sessions (a second browser's page does not run the query again), a filter over htmx, and
// a no-JavaScript form post that inserts a row; serve() is what gives an app the runtime's SQLite.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import app from "../../examples/sql.ts";
import { sqlite } from "../../src/adapters/sqlite.ts";
import { createCacheHost, type CacheHost } from "../../src/cache/index.ts";
import { queryStats } from "../../src/connections/cache.ts";
import { createApp } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";
import { httpTest, openPage, parsePage, parseSse, rerun, type Page } from "./harness.ts";

const dir = mkdtempSync(join(tmpdir(), "sluice-sql-http-"));
process.once("exit", () => rmSync(dir, { recursive: true, force: true })); // the http files share one uvu suite

let cache: CacheHost;
// The first run creates and seeds a database: on a busy machine it may take longer than the first paint's 150 ms,
// and then the table would arrive as a streamed patch. These tests read the finished page.
const config = { server: { firstPaintMs: 10_000 } };
let n = 0;
const options = () => {
  cache = createCacheHost();
  return { app, sqlite, cache, config, secrets: { connections: { orders: { url: `sqlite:///${join(dir, `o-${++n}.db`)}` } } } };
};

const tableRows = (doc: Document | Element) => [...doc.querySelectorAll("table tbody tr")].map((tr) => [...tr.querySelectorAll("td, th")].map((c) => c.textContent?.trim() ?? ""));

httpTest("the page shows the seeded orders in a table; a second browser's page is served from the query cache", options, async (c) => {
  const page = await openPage(c);
  const rows = tableRows(page.doc);
  assert.is(rows.length, 6);
  assert.ok(rows[0]!.includes("Ada"), String(rows[0]));
  await openPage(c.otherBrowser());
  const { hits, misses } = await queryStats(cache);
  assert.equal({ hits, misses }, { hits: 1, misses: 1 });
});

httpTest("choosing a region reruns with it as a param: the table narrows", options, async (c) => {
  const page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Region"), "1"]], { last: page.lastEventId }); // index 1: "North"
  assert.is(res.status, 200);
  const html = parseSse(await res.text()).map((e) => e.data).join("");
  assert.match(html, "Edsger");
  assert.not.match(html, "Linus");
});

httpTest("without JavaScript the form's button inserts an order, and the page after the redirect shows it", options, async (c) => {
  const page: Page = await openPage(c);
  const res = await rerun(c, page, [[page.nameOf("Customer"), "Dorothy"], [page.nameOf("Total (€)"), "55"], [page.nameOf("Add order"), "1"]], { path: "/" });
  assert.is(res.status, 303);
  const after = parsePage(await (await c.request("/")).text());
  const rows = tableRows(after.doc);
  assert.is(rows.length, 7);
  assert.ok(rows[6]!.includes("Dorothy"), String(rows[6]));
  assert.match(after.doc.body.textContent ?? "", "Added an order for Dorothy");
});


test("serve() gives the app the runtime's SQLite; an app created without a driver and not served says so in place", async () => {
  const secrets = { connections: { orders: { url: `sqlite:///${join(dir, "served.db")}` } } };
  const bare = createApp({ app, secrets, config, cache: createCacheHost() });
  const shown = parsePage(await (await bare.hono.request("/")).text());
  assert.match(shown.doc.body.textContent ?? "", "No SQLite driver is available here");
  assert.is(tableRows(shown.doc).length, 0);

  const served = createApp({ app, secrets, config, cache: createCacheHost() });
  const listening = await serve(served, { port: 0, hostname: "127.0.0.1" });
  try {
    const page = parsePage(await (await fetch(`http://127.0.0.1:${listening.port}/`)).text());
    assert.is(tableRows(page.doc).length, 6);
  } finally {
    await listening.close();
  }
});

test.run();
