// `npm run bench`: runs the benchmarks on the reference app, prints one table and writes
// bench/results/latest.json. Options: --only <names, comma-separated; the keys of `benches` below>  --quick (fewer iterations).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { printTable, type Result, type Row } from "./util.ts";

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
};


const quick = flag("quick");
// Each benchmark is imported only when it runs, so `--only rerun` never loads playwright into a CPU profile.
const benches: Record<string, () => Promise<Result>> = {
  rerun: async () => (await import("./rerun.ts")).measureRerun({ iterations: quick ? 1000 : 5000, warmup: quick ? 200 : 1000 }),
  bytes: async () => (await import("./bytes.ts")).measureBytes({ changes: quick ? 20 : 100 }),
  chat: async () => (await import("./chat.ts")).measureChat({ tokens: quick ? 20 : 100, samples: quick ? 3 : 10 }),
  heap: async () => (await import("./heap.ts")).measureHeap({ sessions: 1000, activeSessions: quick ? 10 : 50, changes: 300 }),
  js: async () => (await import("./js-size.ts")).measureJs(),
  socket: async () =>
    (await import("./socket.ts")).measureSocket(
      quick ? { sessions: [1, 100], clients: [1, 10], seconds: 0.5, warmup: 0.2 } : { sessions: [1, 100, 10_000], clients: [1, 10, 50], seconds: 2, warmup: 0.5 },
    ),
  data_editor: async () => (await import("./data_editor.ts")).measureDataEditor({ edits: quick ? 10 : 50 }),
  charts: async () => (await import("./charts.ts")).measureCharts({ renders: quick ? 3 : 10, reruns: quick ? 5 : 20 }),
  browser: async () => (await import("./browser.ts")).measureBrowser({ changes: quick ? 30 : 100, warmup: 10, rounds: quick ? 2 : 10 }),
  dataframe: async () => (await import("./dataframe.ts")).measureDataframe({ posts: quick ? 10 : 40 }),
  geo: async () => (await import("./geo.ts")).measureGeo({ rounds: quick ? 3 : 20 }),
  fragments: async () => (await import("./fragments.ts")).measureFragments({ posts: quick ? 30 : 200 }),
  sql: async () => (await import("./sql.ts")).measureSql({ reruns: quick ? 10 : 40, colds: quick ? 3 : 10 }),
  cache: async () => (await import("./cache.ts")).measureCache({ rounds: quick ? 5 : 20 }),
  pages: async () => (await import("./pages.ts")).measurePages({ posts: quick ? 30 : 200 }),
};

if (flag("help")) {
  console.log(`npm run bench [-- --only ${Object.keys(benches).join(",")}] [--quick]`);
  process.exit(0);
}

const only = (option("only") ?? Object.keys(benches).join(",")).split(",").map((s) => s.trim()).filter(Boolean);
for (const name of only) if (!(name in benches)) throw new Error(`bench: unknown benchmark "${name}" (have: ${Object.keys(benches).join(", ")})`);

const results: Result[] = [];
const rows: Row[] = [];
for (const name of only) {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name}… `);
  const r = await benches[name]!();
  process.stderr.write(`${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  results.push(r);
  rows.push(...r.rows);
}

console.log();
printTable(rows);
const failed = rows.filter((r) => r.ok === false).length;
console.log(`\n${rows.filter((r) => r.ok === true).length} aims met, ${failed} missed.`);
for (const r of results) {
  const errors = r.data["errors"];
  if (Array.isArray(errors) && errors.length) console.log(`${r.name}: page errors: ${errors.slice(0, 5).join(" | ")}`);
}

const dir = fileURLToPath(new URL("./results/", import.meta.url));
mkdirSync(dir, { recursive: true });
const report = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? "?",
  cpus: os.cpus().length,
  quick,
  rows,
  results: Object.fromEntries(results.map((r) => [r.name, r.data])),
};
writeFileSync(dir + "latest.json", JSON.stringify(report, null, 2) + "\n");
console.log(`\nwrote ${dir}latest.json`);
