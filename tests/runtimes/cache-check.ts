// Run by tests/runtimes/cache.test.ts on Bun and Deno: cacheData and cacheResource in an AppTest run on that
// runtime (the value codec with structured data and typed arrays, argument hashing, concurrent misses, the
// spinner found through the run scope). Prints one JSON line of results.
import { cacheData, cacheResource, createCacheHost, type St } from "../../src/index.ts";
import { AppTest } from "../../src/testing/index.ts";

let calls = 0;
const load = cacheData(async (q: { city: string; months: number[] }, _conn: unknown) => {
  calls++;
  await new Promise((r) => setTimeout(r, 5));
  return { rows: new Map([[q.city, Float64Array.from(q.months)]]), at: new Date(0), big: 2n ** 80n };
}, { showSpinner: "Loading" });
const conn = cacheResource(() => ({ opened: Date.now() }));

const host = createCacheHost();
const at = AppTest.fromFunction(async (st: St) => {
  const [a, b] = await Promise.all([load({ months: [1, 2], city: "Oslo" }, {}), load({ city: "Oslo", months: [1, 2] }, null)]);
  a.rows.get("Oslo")![0] = 99; // a copy: the next hit is unchanged
  st.text(`${b.rows.get("Oslo")![0]} ${b.at.getTime()} ${b.big} ${conn() === conn()}`);
}, { cache: host });
await at.run();
await at.run();
const spinner = at.messages.some((m) => m.delta?.newElement?.spinner); // none on the second (hit) run
const stats = await load.stats(host);
console.log(JSON.stringify({ text: at.text[0]?.value, exceptions: at.exception.map((e) => e.value), calls, stats, spinnerOnHit: spinner }));
