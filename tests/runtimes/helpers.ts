// Shared smoke suite for the real-runtime tests: spawns one runtime serving examples/hello.ts on 127.0.0.1 (port 0,
// the server prints the port it got), then checks health, the page, one rerun over SSE and the long-lived stream.
// Each runtime's test file only says how to start it.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { cookiesOf } from "../cookies.ts";

export const root = fileURLToPath(new URL("../..", import.meta.url));

export interface RuntimeSpec {
  /** Suite name, e.g. "bun". */
  name: string;
  /** Executable and arguments; the entry must listen on 127.0.0.1 and print `http://127.0.0.1:PORT`. */
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** How long startup (including a cold compile) may take. Default 30 s. */
  startTimeoutMs?: number;
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Last resort if the test process dies with a server still up: a synchronous kill of each process group.
process.on("exit", () => {
  for (const c of live) killGroup(c, "SIGKILL");
});

/** Plain output: Deno takes any FORCE_COLOR (even "0", which scripts/test.mjs sets) as "force colours". */
function childEnv(extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", ...extra };
  delete env.FORCE_COLOR;
  return env;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal); // detached: the runtime leads its own group, so helpers it spawned die too
  } catch {
    try {
      child.kill(signal);
    } catch {}
  }
}

/** Spawns the runtime and resolves once it printed its URL and `/_sluice/health` answers "ok". */
export async function startServer(spec: RuntimeSpec): Promise<RunningServer> {
  const child = spawn(spec.command, spec.args, {
    cwd: root,
    env: childEnv(spec.env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  live.add(child);
  let out = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => (out += d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => (out += d));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, "SIGTERM");
      const t = setTimeout(() => killGroup(child, "SIGKILL"), 3000);
      await exited;
      clearTimeout(t);
    }
    live.delete(child);
  };
  const server = { base: "", child, output: () => out, stop };
  try {
    const deadline = Date.now() + (spec.startTimeoutMs ?? 30_000);
    while (!server.base) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${spec.name} exited early (${child.exitCode ?? child.signalCode})`);
      if (Date.now() > deadline) throw new Error(`${spec.name} printed no URL in time`);
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (m) server.base = `http://127.0.0.1:${m[1]}`;
      else await sleep(50);
    }
    for (;;) {
      const r = await fetch(`${server.base}/_sluice/health`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
      if (r?.ok && (await r.text()) === "ok") break;
      if (Date.now() > deadline) throw new Error(`${spec.name} never answered /_sluice/health`);
      await sleep(100);
    }
    return server;
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- output ---\n${out}`);
  }
}

/** Runs a command to completion (killed after `timeoutMs`); resolves with its exit code and output. */
export function runCommand(command: string, args: string[], env: Record<string, string> = {}, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; output: string }>((done) => {
    const opts = { cwd: root, env: childEnv(env), timeout: timeoutMs, killSignal: "SIGKILL" as const };
    execFile(command, args, opts, (err, stdout, stderr) => done({ code: err ? (typeof err.code === "number" ? err.code : null) : 0, output: stdout + stderr }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Registers the smoke tests for one runtime. The server starts in the first test so a failure to start is reported. */
export function smokeSuite(spec: RuntimeSpec) {
  const test = suite(`runtime: ${spec.name}`);
  const timeout = () => AbortSignal.timeout(10_000);
  let server: RunningServer | undefined;
  let page: { sid: string; last: string; slider: string; cookie: string } | undefined;
  let t0 = 0;
  let started = 0;

  const need = () => {
    if (!server) throw new Error(`${spec.name} is not running`);
    return server;
  };

  test(`${spec.name} starts and answers /_sluice/health`, async () => {
    t0 = performance.now();
    server = await startServer(spec);
    started = performance.now();
  });

  test("GET / renders the page with the title and the slider", async () => {
    const { base } = need();
    const r = await fetch(`${base}/`, { signal: timeout() });
    assert.is(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", "text/html");
    const { document } = parseHTML(await r.text());
    assert.match(document.querySelector("h1")?.textContent ?? "", "Hello, sluice");
    const slider = document.querySelector('input[type="range"]');
    assert.ok(slider, "the page has a slider");
    const label = document.querySelector(`label[for="${slider.id}"]`)?.textContent ?? "";
    assert.match(label, "Pick a number");
    assert.match(document.body.textContent ?? "", "50 squared is 2500");
    const hidden = (n: string) => document.querySelector(`input[name="${n}"]`)?.getAttribute("value") ?? "";
    // A session is bound to the browser cookie that created it: send it back as a browser does.
    const cookie = cookiesOf(r);
    page = { sid: hidden("_sluice_session"), last: hidden("_sluice_last"), slider: slider.getAttribute("name") ?? "", cookie };
    assert.ok(page.sid && page.slider, "session id and slider name");
  });

  test("a rerun over SSE sends the updated text", async () => {
    const { base } = need();
    if (!page) throw new Error("no page loaded");
    const body = new URLSearchParams({ _sluice_session: page.sid, _sluice_last: page.last, [page.slider]: "7" });
    const r = await fetch(`${base}/_sluice/rerun`, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base, accept: "text/html, text/event-stream", cookie: page.cookie },
      signal: timeout(),
    });
    assert.is(r.status, 200);
    assert.match(r.headers.get("content-type") ?? "", "text/event-stream");
    const sse = await r.text(); // the stream ends when the run finishes
    assert.match(sse, /^id: \d+$/m);
    assert.match(sse, /^data: .*7 squared is 49/m);
  });

  test("pages: a path no page has is a 404 showing the app and a notice; the query reaches the URL marker", async () => {
    const { base } = need();
    const r = await fetch(`${base}/no-such-page?tab=2`, { signal: timeout(), headers: { accept: "text/html" } });
    assert.is(r.status, 404);
    const { document } = parseHTML(await r.text());
    assert.match(document.querySelector("h1")?.textContent ?? "", "Hello, sluice");
    assert.match(document.getElementById("sl-notfound")?.textContent ?? "", "no-such-page");
    assert.is(document.getElementById("sl-url")?.getAttribute("data-query"), "tab=2");
  });

  test("GET /_sluice/stream answers text/event-stream", async () => {
    const { base } = need();
    if (!page) throw new Error("no page loaded");
    const ac = new AbortController();
    const t = setTimeout(() => ac.abort(), 10_000);
    try {
      const r = await fetch(`${base}/_sluice/stream?after=0`, { signal: ac.signal, headers: { "x-sluice-session": page.sid, cookie: page.cookie } });
      assert.is(r.status, 200);
      assert.match(r.headers.get("content-type") ?? "", "text/event-stream");
      const first = await r.body!.getReader().read(); // the opening `retry:` event arrives at once
      assert.match(new TextDecoder().decode(first.value), "retry:");
    } finally {
      clearTimeout(t);
      ac.abort();
    }
  });

  test.after(async () => {
    await server?.stop();
    const end = performance.now();
    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    console.log(`  ${spec.name}: start ${started ? ms(t0, started) : "failed"}, checks ${started ? ms(started, end) : "-"}, total ${t0 ? ms(t0, end) : "-"}`);
  });

  return test;
}
