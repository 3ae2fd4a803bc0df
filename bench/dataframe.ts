// Measure: a 100,000 × 10 dataframe — first run (conversion), rerun time with the same data, sort time, bytes of a
// page change on the wire (compressed and not), and heap per session (a child `node --expose-gc`, as heap.ts does).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createApp } from "../src/server/index.ts";
import { zlibCompressor } from "../src/adapters/zlib.ts";
import type { St } from "../src/index.ts";
import type { SluiceServer } from "../src/server/index.ts";
import { FORM, fmtBytes, fmtMs, median, type Result } from "./util.ts";

/** GET / of this app: the page, its session id, last event id and browser cookie. */
async function openSession(s: SluiceServer) {
  const res = await s.hono.request("http://127.0.0.1/");
  const page = await res.text();
  const pick = (re: RegExp) => re.exec(page)?.[1] ?? "";
  const info = {
    sessionId: pick(/name="_sluice_session" value="([0-9a-f]+)"/),
    lastEventId: Number(pick(/name="_sluice_last" id="sl-last" value="(\d+)"/)),
    cookie: res.headers.getSetCookie().map((l) => l.split(";")[0]).join("; "),
  };
  return { page, info };
}

const ROWS = 100_000;
const CITIES = ["Oslo", "Rome", "Lima", "Pune", "Kyiv", "Accra", "Quito", "Hanoi"];
/** Built once per process, as `cacheData` would: reruns pass the same object. */
const big = Array.from({ length: ROWS }, (_, i) => ({
  id: i, city: CITIES[(i * 7) % 8]!, a: Math.sin(i), b: Math.cos(i) * 1000, n: (i * 7919) % 1000,
  flag: i % 3 === 0, when: new Date(Date.UTC(2024, 0, 1) + i * 60_000), label: `item ${i}`, x: i * 0.5, y: (i * 31) % 97,
}));
const app = (st: St) => {
  st.title("Big frame");
  st.dataframe(big, { label: "Big", key: "big" });
};
const server = () => createApp({ app, title: "bench", config: { server: { unjoinedSessionTtl: 3600 } } });

const BROWSER = { "accept-encoding": "gzip, deflate, br" };
async function wire(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer());
  const enc = res.headers.get("content-encoding");
  const text = (enc === "br" ? brotliDecompressSync(bytes) : enc === "gzip" ? gunzipSync(bytes) : bytes).toString("utf8");
  return { wire: bytes.length, raw: Buffer.byteLength(text), text };
}
const lastId = (body: string) => Math.max(0, ...[...body.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));

export async function measureDataframe(o: { posts: number }): Promise<Result> {
  const s = server();
  s.setCompressor(zlibCompressor);
  let t = performance.now();
  const { page, info } = await openSession(s);
  const firstRun = performance.now() - t;
  const name = /name="(\$\$ID-[^"]+-big)"/.exec(page)![1]!.replace(/&#39;/g, "'");
  let last = info.lastEventId;
  const post = async (action: string) => {
    const body = new URLSearchParams([["_sluice_session", info.sessionId], ["_sluice_last", String(last)], [name, ""], ...(action ? [[name, action] as [string, string]] : [])]);
    const t0 = performance.now();
    const res = await s.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: body.toString(), headers: { ...FORM, ...BROWSER, cookie: info.cookie } });
    const w = await wire(res);
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`bench: dataframe post answered ${res.status}`);
    last = lastId(w.text) || last;
    return { ms, ...w };
  };
  const reruns: number[] = [];
  for (let i = 0; i < o.posts; i++) reruns.push((await post("")).ms);
  const sortsNew: number[] = [];
  const sortsAgain: number[] = [];
  for (let col = 0; col < 10; col++) sortsNew.push((await post(`sort=${col}`)).ms); // first sort of each column
  // Back to each column ascending (another column was sorted last, so a click sorts ascending): the order is cached.
  for (let col = 0; col < 10; col++) sortsAgain.push((await post(`sort=${col}`)).ms);
  const pages: { wire: number; raw: number; ms: number }[] = [];
  for (let p = 1; p <= o.posts; p++) pages.push(await post(`page=${p}`));
  const heap = await runChild();
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    name: "dataframe",
    rows: [
      { measure: "dataframe 100k×10: first run (convert to Arrow)", value: fmtMs(firstRun), aim: "informational", ok: null },
      { measure: "dataframe 100k×10: rerun, same data (median)", value: fmtMs(median(reruns)), aim: "< 20 ms", ok: median(reruns) < 20 },
      { measure: "dataframe 100k×10: sort a column, first time (median)", value: fmtMs(median(sortsNew)), aim: "informational", ok: null },
      { measure: "dataframe 100k×10: sort again, order cached (median)", value: fmtMs(median(sortsAgain)), aim: "< 20 ms", ok: median(sortsAgain) < 20 },
      { measure: "dataframe 100k×10: page change (median)", value: fmtMs(median(pages.map((p) => p.ms))), aim: "informational", ok: null },
      { measure: "dataframe 100k×10: page change bytes, wire / raw", value: `${fmtBytes(avg(pages.map((p) => p.wire)))} / ${fmtBytes(avg(pages.map((p) => p.raw)))}`, aim: "informational", ok: null },
      { measure: "dataframe 100k×10: Arrow bytes; tree node per session", value: `${fmtBytes(heap.arrowBytes)}; ${fmtBytes(heap.nodeChars)}`, aim: "informational", ok: null },
      { measure: "dataframe 100k×10: heap per session", value: fmtBytes(heap.perSession), aim: "informational", ok: null },
    ],
    data: { firstRun, reruns, sortsNew, sortsAgain, pages, heap },
  };
}

interface ChildReport { sessions: number; perSession: number; arrowBytes: number; nodeChars: number }

function runChild(): Promise<ChildReport> {
  const me = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "--import", "tsx", me, "--child"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("close", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`bench: dataframe child exited ${code}`))));
  });
}

// Child: heap per session of the app (every session holds the frame's element in its tree).
if (process.argv.includes("--child")) {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 20));
    for (let i = 0; i < 4; i++) gc();
    return process.memoryUsage().heapUsed;
  };
  const s = server();
  await openSession(s); // the conversion (process-wide, cached per input object) and warm-up
  const before = await settle();
  const n = 10;
  for (let i = 0; i < n; i++) await openSession(s);
  const after = await settle();
  const session = [...s.sessions.all()][1]!;
  const node = [...(session.tree as unknown as { nodes: Map<string, { type: string; encoded: string }> }).nodes.values()].find((x) => x.type === "dataframe");
  const { prepareData } = await import("../src/data/index.ts");
  console.log(JSON.stringify({ sessions: n, perSession: (after - before) / n, arrowBytes: prepareData(big).bytes.length, nodeChars: node?.encoded.length ?? 0 }));
}
