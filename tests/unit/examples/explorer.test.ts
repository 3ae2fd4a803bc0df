// The data explorer example: its filters narrow the orders, and the figures, the table and both charts follow.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";

const load = () => AppTest.fromFile("examples/explorer.ts").run();
const count = (at: AppTest) => Number(String(at.metric[0]!.value).replace(/,/g, ""));

test("the first run shows every order: figures, two charts, the table and the map, no error", async () => {
  const at = await load();
  assert.is(at.exception.length, 0);
  assert.is(count(at), 3000);
  assert.is(at.dataframe[0]!.rows.length, 3000);
  assert.equal(at.charts.map((c) => c.spec.mark?.type ?? c.spec.mark), ["line", "bar"]);
  assert.is(at.map.length, 1);
});

test("a category filter narrows the figures, the table and the line chart's series", async () => {
  const at = await load();
  at.sidebar.selectbox[0]!.select("Garden");
  await at.run();
  const n = count(at);
  assert.ok(n > 0 && n < 3000, `${n} orders`);
  assert.is(at.dataframe[0]!.rows.length, n);
  assert.ok(at.dataframe[0]!.rows.every((r) => r.category === "Garden"));
  assert.equal(Object.keys(at.charts[0]!.data[0]!), ["day", "Garden"], "one series: the chosen category");
  const total = at.charts[1]!.data.reduce((sum: number, r: Record<string, unknown>) => sum + Number(r.revenue), 0);
  const revenue = Number(String(at.metric[1]!.value).replace(/[^0-9]/g, ""));
  assert.ok(Math.abs(total - revenue) <= 8, `the city bars add up to the revenue figure (${total} vs ${revenue})`);
});

test("filters that match nothing say so instead of drawing empty charts", async () => {
  const at = await load();
  at.sidebar.numberInput[0]!.setValue(500);
  await at.run();
  assert.is(at.warning.length, 1);
  assert.is(at.charts.length, 0);
  assert.is(at.dataframe.length, 0);
});

test.run();
