// Measure cacheData / cacheResource: the cost of a hit for a 10 MB value (cacheData decodes a fresh copy; for
// reference, structuredClone of the same value), of a cacheResource hit, of a miss (the function's own time left
// out: encoding and storing), and of hashing big arguments (a 1M-element typed array, a 100k-row Arrow table).
import { tableFromArrays } from "apache-arrow";
import { cacheData, cacheResource, createCacheHost } from "../src/index.ts";
import { bindCacheHost } from "../src/cache/host.ts";
import { runScope } from "../src/script/scope.ts";
import { fmtBytes, fmtMs, median, type Result } from "./util.ts";

const time = (n: number, fn: (i: number) => unknown): number[] => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out;
};

/** About 10 MB of row objects once encoded (240k rows of five fields). */
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: i, city: ["Lisbon", "Oslo", "Quito"][i % 3]!, sales: i * 1.5, ok: i % 2 === 0, note: `row number ${i}` }));

export async function measureCache(o: { rounds: number }): Promise<Result> {
  const host = createCacheHost({ maxBytes: 1 << 30 });
  const owner = { sessionId: "bench", reportFault() {} };
  bindCacheHost(owner, host);
  const inRun = <T>(fn: () => T): T => runScope().run(owner, fn);

  const bigRows = rows(240_000);
  const bigFloats = new Float64Array(1_250_000).map((_, i) => i / 7); // 10 MB
  const loadRows = cacheData((_k: number) => bigRows);
  const loadFloats = cacheData((_k: number) => ({ values: bigFloats }));
  const missRows = time(Math.max(2, o.rounds >> 1), (i) => inRun(() => loadRows(i))); // each i is a new entry: a miss
  const rowBytes = (await loadRows.stats(host)).bytes / missRows.length;
  const hitRows = time(o.rounds, () => inRun(() => loadRows(0)));
  const cloneRows = time(o.rounds, () => structuredClone(bigRows));
  inRun(() => loadFloats(0));
  const floatBytes = (await loadFloats.stats(host)).bytes;
  const hitFloats = time(o.rounds, () => inRun(() => loadFloats(0)));

  const small = cacheData((k: number) => ({ k, label: "small" }));
  const missSmall = time(2000, (i) => inRun(() => small(i)));
  const hitSmall = time(2000, () => inRun(() => small(0)));
  const resource = cacheResource((k: number) => ({ k }));
  inRun(() => resource(1));
  const hitResource = time(2000, () => inRun(() => resource(1)));

  const typed = new Float64Array(1_000_000).map((_, i) => Math.sin(i));
  const byTyped = cacheData((a: Float64Array) => a.length);
  const hashTyped = time(o.rounds, () => inRun(() => byTyped(typed)));
  const table = tableFromArrays({ id: Int32Array.from({ length: 100_000 }, (_, i) => i), value: Float64Array.from({ length: 100_000 }, (_, i) => i / 3),
    city: Array.from({ length: 100_000 }, (_, i) => ["Lisbon", "Oslo", "Quito"][i % 3]!) });
  const byTable = cacheData((t: typeof table) => t.numRows);
  const hashTable = time(o.rounds, () => inRun(() => byTable(table)));

  const m = median;
  return {
    name: "cache",
    rows: [
      { measure: `cacheData hit, 240k rows (${fmtBytes(rowBytes)} stored): a fresh copy`, value: fmtMs(m(hitRows)), aim: "within 2× structuredClone", ok: m(hitRows) < 2 * m(cloneRows) },
      { measure: "structuredClone of the same rows (reference)", value: fmtMs(m(cloneRows)), aim: "informational", ok: null },
      { measure: `cacheData hit, 10 MB Float64Array (${fmtBytes(floatBytes)} stored)`, value: fmtMs(m(hitFloats)), aim: "< 20 ms", ok: m(hitFloats) < 20 },
      { measure: "cacheData miss, the same rows: encode + store (the function itself ~0)", value: fmtMs(m(missRows)), aim: "informational", ok: null },
      { measure: "cacheData miss / hit, a small object", value: `${fmtMs(m(missSmall))} / ${fmtMs(m(hitSmall))}`, aim: "< 0.1 ms each", ok: m(missSmall) < 0.1 && m(hitSmall) < 0.1 },
      { measure: "cacheResource hit", value: fmtMs(m(hitResource)), aim: "< 0.02 ms", ok: m(hitResource) < 0.02 },
      { measure: "hashing a 1M-element Float64Array argument (per call)", value: fmtMs(m(hashTyped)), aim: "< 30 ms", ok: m(hashTyped) < 30 },
      { measure: "hashing a 100k-row Arrow table argument (3 columns, per call)", value: fmtMs(m(hashTable)), aim: "< 50 ms", ok: m(hashTable) < 50 },
    ],
    data: { hitRows, cloneRows, hitFloats, missRows, rowBytes, floatBytes },
  };
}
