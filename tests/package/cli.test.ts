// The `sluice` command itself: --help and --version, and a server that stops on SIGTERM / SIGINT (Ctrl-C) and
// when npm, its parent, is killed, freeing its port instead of living on orphaned.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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

test.run();
