// Caching: a slow data load kept with cacheData (every rerun after the first is instant, a copy each time), a shared
// "connection" kept with cacheResource, and buttons that clear them. The hit counts show what the cache did.
import { cacheData, cacheResource, type St } from "../src/index.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A slow "query": 800 ms the first time for each city, instant afterwards for an hour. */
const loadSales = cacheData(async (city: string) => {
  await sleep(800);
  let seed = [...city].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  return Array.from({ length: 12 }, (_, i) => ({ month: i + 1, city, sales: Math.round(200 + rnd() * 800) }));
}, { ttl: "1h", showSpinner: "Loading sales…" });

/** A shared object, opened once for every session (a database pool, a model, an API client). */
const connect = cacheResource((name: string) => ({ name, openedAt: new Date().toISOString(), queries: 0 }), { showSpinner: false });

export default async function caching(st: St) {
  st.title("Caching");
  const city = st.selectbox("City", ["Lisbon", "Oslo", "Quito"]) ?? "Lisbon";
  const minimum = st.slider("Minimum monthly sales", { minValue: 0, maxValue: 1000, value: 300 });

  const rows = await loadSales(city); // a copy: filtering or changing it never touches the cache
  const shown = rows.filter((r) => r.sales >= minimum);
  st.dataframe(shown);

  const db = connect("sales-db");
  db.queries++; // the same object for every run and every session
  st.caption(`Connection "${db.name}" opened at ${db.openedAt}, used ${db.queries} times.`);

  const s = await loadSales.stats();
  st.metric("Cache hits", s.hits, { delta: `${s.misses} misses, ${s.entries} cities kept` });

  const [a, b] = st.columns(2);
  if (a.button(`Forget ${city}`)) {
    await loadSales.clear(city);
    st.rerun();
  }
  if (b.button("Clear every cache")) {
    await cacheData.clear();
    await cacheResource.clear();
    st.rerun();
  }
}
