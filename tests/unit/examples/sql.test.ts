// The SQL example (examples/sql.ts) through AppTest, on a temporary SQLite file named in [connections.orders]:
// seeded once, filtered with params, a form that inserts (an injection attempt stays a name), and the query cache
// answering reruns that ask the same thing.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppTest } from "../../../src/testing/index.ts";
import { createCacheHost } from "../../../src/cache/index.ts";
import { queryStats } from "../../../src/connections/cache.ts";

const dir = mkdtempSync(join(tmpdir(), "sluice-sql-example-"));
test.after(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function load() {
  const cache = createCacheHost();
  const secrets = { connections: { orders: { url: `sqlite:///${join(dir, `orders-${++n}.db`)}` } } };
  return { at: AppTest.fromFile("examples/sql.ts", { secrets, cache }), cache };
}
const stats = async (cache: ReturnType<typeof createCacheHost>) => {
  const { hits, misses } = await queryStats(cache);
  return { hits, misses };
};

test("the first run seeds the table and shows every order; a rerun asking the same is served from the cache", async () => {
  const { at, cache } = load();
  await at.run();
  assert.is(at.exception.length, 0);
  assert.is(at.dataframe[0]!.rows.length, 6);
  assert.match(at.caption[0]!.value, /^6 orders/);
  await at.run();
  assert.is(at.dataframe[0]!.rows.length, 6);
  assert.equal(await stats(cache), { hits: 1, misses: 1 });
});

test("the filters are params: a region and a minimum total narrow the rows", async () => {
  const { at } = load();
  await at.run();
  at.selectbox[0]!.select("North");
  await at.run();
  assert.equal(at.dataframe[0]!.rows.map((r) => r.customer), ["Ada", "Edsger"]);
  at.slider[0]!.setValue(100);
  await at.run();
  assert.equal(at.dataframe[0]!.rows.map((r) => r.customer), ["Ada"]);
});

test("the form inserts an order, clears the cached queries and shows the new row; an injection stays data", async () => {
  const { at, cache } = load();
  await at.run();
  const evil = "Bobby'); drop table orders; --";
  at.textInput[0]!.input(evil);
  at.selectbox[1]!.select("West");
  at.numberInput[0]!.setValue(99.5);
  at.formSubmitButton[0]!.click();
  await at.run();
  assert.is(at.exception.length, 0);
  const rows = at.dataframe[0]!.rows;
  assert.is(rows.length, 7);
  assert.equal({ customer: rows[6]!.customer, region: rows[6]!.region, total: rows[6]!.total }, { customer: evil, region: "West", total: 99.5 });
  assert.match(at.success[0]!.value, "Added an order for Bobby");
  assert.is((await stats(cache)).misses, 2, "the query ran again after the write cleared the cache");
});

test("an empty customer is refused in place", async () => {
  const { at } = load();
  await at.run();
  at.formSubmitButton[0]!.click();
  await at.run();
  assert.match(at.error[0]!.value, "Enter the customer's name");
  assert.is(at.dataframe[0]!.rows.length, 6);
});

test.run();
