// Measure 6: reruns over a real socket. The reference app (Node adapter) and the bare floor each run in a child
// process (bench/socket-server.ts); this process is the load generator: C clients over keep-alive HTTP/1.1, each
// posting slider changes to its own share of N sessions. Reruns/s, p50/p99 and the server's RSS per cell.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { fmtInt, fmtMs, lastSseId, parsePage, percentile, sliderBody, type PageInfo, type Result, type Row } from "./util.ts";

export interface SocketOptions {
  /** Session counts (N), ascending. */
  sessions: number[];
  /** Concurrent clients (C); a cell runs only where C ≤ N (a tab posts one change at a time). */
  clients: number[];
  /** Measured seconds per cell, after `warmup` seconds unmeasured. */
  seconds: number;
  warmup: number;
}

interface Stats {
  rss: number;
  heapUsed: number;
  cpu: number;
}

interface Server {
  port: number;
  child: ChildProcess;
  /** CPU µs used so far, and (with `gc`) RSS and heap after a gc. */
  stats(gc?: boolean): Promise<Stats>;
  stop(): void;
}

function start(which: "sluice" | "bare"): Promise<Server> {
  const file = fileURLToPath(new URL("./socket-server.ts", import.meta.url));
  // SLUICE_BENCH_PROF=dir writes a CPU profile of the sluice server (it exits cleanly on disconnect).
  const prof = which === "sluice" && process.env["SLUICE_BENCH_PROF"] ? ["--cpu-prof", `--cpu-prof-dir=${process.env["SLUICE_BENCH_PROF"]}`] : [];
  const child = spawn(process.execPath, [...prof, "--expose-gc", "--import", "tsx", file, which], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const next = () => new Promise<Record<string, number>>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`bench: the ${which} server exited with ${code}`));
    child.once("exit", onExit);
    child.once("message", (m) => {
      child.off("exit", onExit);
      resolve(m as Record<string, number>);
    });
  });
  return next().then(({ port }): Server => ({
    port: port!,
    child,
    stats: (gc = true) => {
      const answer = next();
      child.send(gc ? "stats" : "cpu");
      return answer as Promise<unknown> as Promise<Stats>;
    },
    stop: () => child.disconnect(),
  }));
}

interface Answer {
  status: number;
  text: string;
  wireBytes: number;
  /** The cookies the answer set, as a `cookie` header value. */
  cookie: string;
}

/** One request over `agent`, read to the end; a compressed answer is decoded (the client's cost, not the server's). */
function request(agent: http.Agent, port: number, method: string, path: string, body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: "127.0.0.1", port, method, path, headers: body ? { ...headers, "content-length": String(Buffer.byteLength(body)) } : headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const enc = res.headers["content-encoding"];
        const bytes = enc === "gzip" ? gunzipSync(raw) : enc === "br" ? brotliDecompressSync(raw) : raw;
        const cookie = (res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
        resolve({ status: res.statusCode ?? 0, text: bytes.toString("utf8"), wireBytes: raw.byteLength, cookie });
      });
    });
    req.on("error", reject);
    req.end(body || undefined);
  });
}

interface Cell {
  sessions: number;
  clients: number;
  perSecond: number;
  p50: number;
  p99: number;
  wireBytes: number;
  /** Server CPU per rerun (user + system), warm-up included. */
  cpuPerRerun: number;
  rss?: number;
  heapUsed?: number;
}

/** C client loops, each posting slider changes to its own sessions in turn, for warmup + seconds. */
async function load(server: Server, path: string, targets: PageInfo[], clients: number, o: SocketOptions, headers: Record<string, string>): Promise<Omit<Cell, "sessions">> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const samples: number[] = [];
  let wire = 0;
  let count = 0;
  const cpu0 = (await server.stats(false)).cpu;
  const t0 = performance.now();
  const measureFrom = t0 + o.warmup * 1000;
  const end = measureFrom + o.seconds * 1000;
  let value = 0;
  // Client k posts to sessions k, k + C, k + 2C, …: no session is shared, so each sees one change at a time.
  const perClient = Math.max(1, Math.floor(targets.length / clients));
  const client = async (k: number) => {
    for (let j = 0; performance.now() < end; j++) {
      const info = targets[(k + clients * (j % perClient)) % targets.length]!;
      const body = path === "/rerun" ? `n=${(value = (value % 1000) + 1)}` : sliderBody(info, (value = (value % 1000) + 1));
      const s = performance.now();
      const res = await request(agent, server.port, "POST", path, body, info.cookie ? { ...headers, cookie: info.cookie } : headers);
      const took = performance.now() - s;
      count++;
      if (res.status !== 200) throw new Error(`bench: a rerun answered ${res.status}: ${res.text.slice(0, 200)}`);
      info.lastEventId = lastSseId(res.text) || info.lastEventId;
      if (s >= measureFrom) {
        samples.push(took);
        wire += res.wireBytes;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  agent.destroy();
  const { cpu, rss, heapUsed } = await server.stats();
  const sorted = samples.sort((a, b) => a - b);
  return { clients, cpuPerRerun: (cpu - cpu0) / count, rss, heapUsed, perSecond: samples.length / o.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), wireBytes: wire / Math.max(1, samples.length) };
}

/** Opens sessions (GET /, 10 at a time) until there are `n`; returns pages per second. */
async function openSessions(port: number, have: PageInfo[], n: number): Promise<number> {
  const from = have.length;
  const t0 = performance.now();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  const one = async () => {
    while (have.length < n) {
      const page = await request(agent, port, "GET", "/", "", {});
      have.push(parsePage(page.text, page.cookie)); // each page is its own browser: its session takes only its cookie
    }
  };
  await Promise.all(Array.from({ length: 10 }, one));
  have.length = n;
  agent.destroy();
  return ((n - from) / (performance.now() - t0)) * 1000;
}

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const GZIP = { ...FORM, "accept-encoding": "gzip, br" };

export async function measureSocket(o: SocketOptions): Promise<Result> {
  const [bare, sluice] = await Promise.all([start("bare"), start("sluice")]);
  try {
    const floor = new Map<number, Omit<Cell, "sessions">>();
    const cells: Cell[] = [];
    const pages: PageInfo[] = [];
    const bareTarget = [{ sessionId: "", lastEventId: 0, slider: "n", selectbox: "", textInput: "", cookie: "" }];
    // Warm both up (JIT) before the first measured cell.
    await openSessions(sluice.port, pages, Math.min(...o.sessions));
    await load(bare, "/rerun", bareTarget, 1, { ...o, seconds: o.warmup }, FORM);
    await load(sluice, "/_sluice/rerun", pages, 1, { ...o, seconds: o.warmup }, FORM);
    const opened: { sessions: number; perSecond: number }[] = [];
    for (const n of o.sessions) {
      const had = pages.length;
      const perSecond = await openSessions(sluice.port, pages, n);
      if (n - had >= 100) opened.push({ sessions: n - had, perSecond });
      for (const c of o.clients.filter((c) => c <= n)) {
        // The floor runs just before sluice's first cell with as many clients, so both see the same neighbours.
        if (!floor.has(c)) floor.set(c, await load(bare, "/rerun", bareTarget, c, o, FORM));
        const cell = await load(sluice, "/_sluice/rerun", pages.slice(0, n), c, o, FORM);
        cells.push({ sessions: n, ...cell });
      }
    }
    // With Accept-Encoding (compression lands with the packaging work; until then the answers are identical).
    const n = Math.min(100, pages.length);
    const c = Math.min(10, n);
    const gz: Cell = { sessions: n, ...(await load(sluice, "/_sluice/rerun", pages.slice(0, n), c, o, GZIP)) };
    const out = rows(cells, floor, gz);
    for (const x of opened) out.push({ measure: `6. socket: GET / opening ${fmtInt(x.sessions)} sessions, 10 at a time`, value: `${fmtInt(x.perSecond)} pages/s`, aim: "-", ok: null });
    return { name: "socket", rows: out, data: { options: o, floor: Object.fromEntries(floor), cells, gzip: gz, opened } };
  } finally {
    bare.stop();
    sluice.stop();
  }
}

const mb = (b: number | undefined) => (b === undefined ? "?" : `${(b / 1e6).toFixed(0)} MB`);
const show = (c: Omit<Cell, "sessions">) => `${fmtInt(c.perSecond)}/s, p50 ${fmtMs(c.p50)}, p99 ${fmtMs(c.p99)}, CPU ${Math.round(c.cpuPerRerun)} µs`;

function rows(cells: Cell[], floor: Map<number, Omit<Cell, "sessions">>, gz: Cell): Row[] {
  const out: Row[] = [];
  for (const [c, f] of floor) out.push({ measure: `6. socket: bare floor, C=${c} (RSS ${mb(f.rss)})`, value: show(f), aim: "-", ok: null });
  for (const cell of cells) {
    const label = `6. socket: sluice N=${fmtInt(cell.sessions)} C=${cell.clients} (RSS ${mb(cell.rss)})`;
    const row: Row = { measure: label, value: show(cell), aim: "-", ok: null };
    if (cell.clients === 10 && cell.sessions === 100) Object.assign(row, { aim: "≥ 3,000/s", ok: cell.perSecond >= 3000 });
    out.push(row);
  }
  const one = cells.find((c) => c.sessions === 1 && c.clients === 1);
  const f1 = floor.get(1);
  if (one && f1) {
    const ratio = one.p50 / f1.p50;
    out.push({ measure: "6. socket: p50 at C=1, sluice / floor", value: `${ratio.toFixed(2)}×`, aim: "≤ 3×", ok: ratio <= 3 });
  }
  const c10 = cells.find((c) => c.sessions === 100 && c.clients === 10);
  const f10 = floor.get(10);
  if (c10 && f10) {
    out.push({ measure: "6. socket: reruns/s at C=10, sluice / floor", value: `${(c10.perSecond / f10.perSecond).toFixed(2)}×`, aim: "-", ok: null });
    out.push({ measure: "6. socket: server CPU per rerun at C=10, sluice / floor", value: `${(c10.cpuPerRerun / f10.cpuPerRerun).toFixed(2)}×`, aim: "-", ok: null });
  }
  out.push({ measure: `6. socket: N=${gz.sessions} C=${gz.clients}, Accept-Encoding: gzip, br`, value: `${show(gz)}, ${Math.round(gz.wireBytes)} B/answer`, aim: "-", ok: null });
  return out;
}
