// The `sluice` command itself: --help and --version, and a server that stops on SIGTERM / SIGINT (Ctrl-C) and
// when npm, its parent, is killed, freeing its port instead of living on orphaned.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alive, exited, portFreed, startServer } from "./helpers.ts";
import { cookiesOf } from "../cookies.ts";

const root = new URL("../../", import.meta.url).pathname;
const bin = `${root}bin/sluice.mjs`;
const serveArgs = ["run", `${root}examples/hello.ts`, "--server.port", "0", "--server.address", "127.0.0.1", "--server.headless", "true", "--server.runOnSave", "false"];
const version = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;

test("sluice --help prints the usage; --version and -v the package's version", () => {
  const help = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
  assert.is(help.status, 0, help.stderr);
  assert.match(help.stdout, /sluice run <app\.ts/);
  assert.match(help.stdout, /npm install sluice && npx sluice run app\.ts/);
  for (const flag of ["--version", "-v"]) {
    const v = spawnSync(process.execPath, [bin, flag], { encoding: "utf8" });
    assert.is(v.status, 0, v.stderr);
    assert.is(v.stdout.trim(), `sluice ${version}`);
  }
  const bad = spawnSync(process.execPath, [bin, "serve"], { encoding: "utf8" });
  assert.is(bad.status, 1);
  assert.match(bad.stderr, /Unknown command "serve"/);
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`${signal} stops the server: the process exits and the port is freed`, async () => {
    const s = await startServer(process.execPath, [bin, ...serveArgs]);
    assert.is((await fetch(`${s.url}/_sluice/health`)).status, 200);
    // An open stream must not keep the server alive.
    const first = await fetch(s.url);
    const cookie = cookiesOf(first); // the session is bound to it
    const page = await first.text();
    const session = /name="_sluice_session" value="([^"]+)"/.exec(page)?.[1];
    const stream = await fetch(`${s.url}/_sluice/stream`, { headers: { cookie, "x-sluice-session": session! } });
    assert.is(stream.status, 200);
    s.child.kill(signal);
    assert.is(await exited(s.child), "exit 0");
    assert.ok(await portFreed(s.port), `port ${s.port} still open`);
  });
}

test("started by npm, the server exits when npm and its shell are killed (not left orphaned)", async () => {
  // npm exec runs the bin under `sh -c`; killing npm kills that shell and re-parents node. Simulate that chain.
  const shell = spawn("sh", ["-c", `"${process.execPath}" "${bin}" ${serveArgs.join(" ")} & echo "pid $!"; wait`], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_command: "exec" },
  });
  let out = "";
  shell.stdout!.on("data", (d) => (out += d));
  const deadline = Date.now() + 30_000;
  while (!/Local URL: http:\/\/[^:]+:(\d+)/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const port = Number(/Local URL: http:\/\/[^:]+:(\d+)/.exec(out)?.[1]);
  const pid = Number(/pid (\d+)/.exec(out)?.[1]);
  assert.ok(port > 0 && pid > 0, out);
  shell.kill("SIGKILL");
  const until = Date.now() + 5000;
  while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  const orphan = alive(pid);
  if (orphan) process.kill(pid, "SIGKILL");
  assert.not.ok(orphan, "the server outlived its npm parent");
  assert.ok(await portFreed(port));
});

/** A temporary project (cwd) and home, each with a .sluice folder. */
function project() {
  const base = mkdtempSync(join(tmpdir(), "sluice-cli-"));
  const dir = join(base, "app");
  const home = join(base, "home");
  mkdirSync(join(dir, ".sluice"), { recursive: true });
  mkdirSync(join(home, ".sluice"), { recursive: true });
  const env: Record<string, string | undefined> = { ...process.env, HOME: home, SLUICE_SERVER_HEADLESS: "true" };
  for (const k of Object.keys(env)) if (k.startsWith("SLUICE_") && k !== "SLUICE_SERVER_HEADLESS") delete env[k];
  return { dir, home, env, done: () => rmSync(base, { recursive: true, force: true }) };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

test("sluice config show prints the resolved config as TOML with each option's source", () => {
  const p = project();
  try {
    writeFileSync(join(p.dir, ".sluice", "config.toml"), "[server]\nport = 9123\n[logger]\nlevel = \"warning\"\n");
    writeFileSync(join(p.home, ".sluice", "config.toml"), "[server]\nport = 1\nmaxSessions = 7\n[server.typo]\nx = 1\n");
    const r = spawnSync(process.execPath, [bin, "config", "show", "--client.showErrorDetails", "none"], { cwd: p.dir, env: p.env, encoding: "utf8" });
    assert.is(r.status, 0, r.stderr);
    assert.match(r.stdout, /# Port to listen on\. Default 8501\.\n# Source: project file .*app\/\.sluice\/config\.toml:2\nport = 9123/);
    assert.match(r.stdout, /# Source: global file .*home\/\.sluice\/config\.toml:3\nmaxSessions = 7/);
    assert.match(r.stdout, /# Source: env SLUICE_SERVER_HEADLESS\nheadless = true/);
    assert.match(r.stdout, /# Source: flag --client\.showErrorDetails\nshowErrorDetails = "none"/);
    assert.match(r.stderr, /sluice: warning: .*home\/\.sluice\/config\.toml:4: unknown option server\.typo/);
    const bad = spawnSync(process.execPath, [bin, "config", "show"], { cwd: p.dir, env: { ...p.env, SLUICE_SERVER_PORT: "many" }, encoding: "utf8" });
    assert.is(bad.status, 1);
    assert.match(bad.stderr, /SLUICE_SERVER_PORT \(server\.port\) expects a number, got "many"/);
  } finally {
    p.done();
  }
});

test("sluice run: the project's .sluice/config.toml sets the port, the app reads secrets.toml, an edited secrets.toml is read again", async () => {
  const p = project();
  const port = await freePort();
  try {
    writeFileSync(join(p.dir, ".sluice", "config.toml"), `[server]\nport = ${port}\naddress = "127.0.0.1"\nrunOnSave = false\n`);
    writeFileSync(join(p.dir, ".sluice", "secrets.toml"), 'greeting = "hello-from-project"\n[db]\nuser = "ada"\n');
    writeFileSync(join(p.home, ".sluice", "secrets.toml"), 'greeting = "from-home"\nHOME_ONLY = "home-value"\n');
    writeFileSync(join(p.dir, "app.ts"), "export default function app(st: any) { st.text(`greeting=${st.secrets.greeting} user=${st.secrets.db.user} env=${process.env.HOME_ONLY}`); }\n");
    const s = await startServer(process.execPath, [bin, "run", "app.ts"], { cwd: p.dir, env: p.env });
    try {
      assert.is(s.port, port, "the port from the project's config file");
      const page = async () => (await (await fetch(s.url)).text()).replace(/&#x3D;|&#61;/g, "=");
      assert.match(await page(), /greeting=hello-from-project user=ada env=home-value/);
      writeFileSync(join(p.dir, ".sluice", "secrets.toml"), 'greeting = "edited"\n[db]\nuser = "grace"\n');
      const deadline = Date.now() + 10_000;
      while (!/secrets reloaded/.test(s.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.match(s.output(), /secrets\.toml changed: secrets reloaded/);
      assert.match(await page(), /greeting=edited user=grace/);
      writeFileSync(join(p.dir, ".sluice", "config.toml"), `[server]\nport = ${port}\naddress = "127.0.0.1"\n`);
      const until = Date.now() + 10_000;
      while (!/config\.toml changed/.test(s.output()) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      assert.match(s.output(), /warning: .*config\.toml changed: restart sluice for server options to take effect/);
    } finally {
      s.child.kill("SIGTERM");
      await exited(s.child);
    }
  } finally {
    p.done();
  }
});

test.run();
