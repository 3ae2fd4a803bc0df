// Crash-proofing, in a child process (the guard is process-wide): `sluice run` serves an app whose every run
// rejects a promise nobody handles and throws from a timer. The server must keep serving, log each fault with its
// stack and the session it came from, and show the fault in that session's page.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FORM, parsePage, parseSse } from "./harness.ts";
import { cookiesOf } from "../cookies.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
let child: ChildProcess | undefined;
let output = "";
let exited: number | null = null;

async function start(): Promise<string> {
  child = spawn(process.execPath, ["bin/sluice.mjs", "run", "tests/fixtures/faulty-app.ts", "--server.port", "0", "--server.address", "127.0.0.1", "--server.headless", "true", "--server.runOnSave", "false"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.on("exit", (code) => (exited = code ?? -1));
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const until = Date.now() + 20_000;
  for (;;) {
    const m = /Local URL: (\S+)/.exec(output);
    if (m) return m[1]!.replace(/\/$/, "");
    if (exited !== null || Date.now() > until) throw new Error(`the server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test.after(() => {
  child?.kill("SIGKILL");
});

test("an app's unhandled rejections and throwing timers do not take the server down", async () => {
  const base = await start();
  const first = await fetch(base + "/");
  assert.is(first.status, 200);
  const cookie = cookiesOf(first); // the session is bound to it
  const page = parsePage(await first.text());
  await new Promise((r) => setTimeout(r, 300)); // the faults fire after the run (the fetch fails quickly)
  assert.is(exited, null, `the server exited: ${output}`);
  assert.is(await (await fetch(base + "/_sluice/health")).text(), "ok");
  // It keeps serving: another page, and a rerun of the first session.
  assert.is((await fetch(base + "/")).status, 200);
  const body = new URLSearchParams({ _sluice_session: page.sessionId, _sluice_last: String(page.lastEventId) });
  const res = await fetch(base + "/_sluice/rerun", { method: "POST", body: body.toString(), headers: { ...FORM, origin: base, cookie } });
  assert.is(res.status, 200);
  const shown = parseSse(await res.text()).map((e) => e.data).join("\n");
  // The faults that fired after the first run are shown in that session (replayed to its next post).
  assert.match(shown, /boom-timer: a timer callback threw/);
  assert.match(shown, /boom-rejection: nobody handled this promise/);
  await new Promise((r) => setTimeout(r, 200));
  assert.is(exited, null, `the server exited: ${output}`);
  // Logged with the stack and the session they came from.
  const session = page.sessionId.slice(0, 8);
  assert.match(output, new RegExp(`an uncaught exception in session ${session}…[^]*Error: boom-timer: a timer callback threw\\n\\s+at `));
  assert.match(output, new RegExp(`an unhandled promise rejection in session ${session}…[^]*boom-rejection: nobody handled this promise\\n\\s+at `));
  assert.match(output, new RegExp(`an unhandled promise rejection in session ${session}…[^]*TypeError: fetch failed`));
});

test.run();
