// st.connection's SQLite on each real runtime: bun (bun:sqlite) and deno (node:sqlite) create, insert and query a
// file; a new process of another runtime (and Node 20's WebAssembly driver) reads what the last one wrote.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { root, runCommand } from "./helpers.ts";

const test = suite("runtime: sqlite");
mkdirSync(join(root, ".tmp"), { recursive: true });
const dir = mkdtempSync(join(root, ".tmp/sqlite-rt-")); // inside the repo: deno is only allowed to write .tmp
const db = relative(root, join(dir, "shop/app.db"));
const fixture = "tests/runtimes/fixtures/sqlite-app.ts";
const denoEnv = { DENO_DIR: resolve(root, ".tmp/deno-dir"), DENO_NO_UPDATE_CHECK: "1" };

const runners = {
  bun: (item: string) => runCommand(resolve(root, "node_modules/.bin/bun"), [fixture, db, item], { BUN_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" }),
  deno: (item: string) =>
    runCommand(resolve(root, "node_modules/.bin/deno"), ["run", "--allow-read=.", "--allow-write=.tmp", "--cached-only", "--no-prompt", fixture, db, item], denoEnv),
  node: (item: string) => runCommand(process.execPath, ["--import", "tsx", fixture, db, item]),
};

async function run(runtime: keyof typeof runners, item: string) {
  const r = await runners[runtime](item);
  assert.is(r.code, 0, r.output);
  const line = r.output.trim().split("\n").find((l) => l.startsWith("{"));
  assert.ok(line, r.output);
  return JSON.parse(line!) as { driver: string; errors: string[]; rows: { name: string; big: string; raw: number[] }[] };
}

test("bun: bun:sqlite creates the file (and its folder), inserts and queries", async () => {
  const out = await run("bun", "from bun");
  assert.is(out.driver, "bun:sqlite");
  assert.equal(out.errors, []);
  assert.equal(out.rows, [{ name: "from bun", big: "1152921504606846976n", raw: [7] }]);
});

test("deno: node:sqlite reads what bun wrote (persisted across processes) and adds a row", async () => {
  const out = await run("deno", "from deno");
  assert.is(out.driver, "node:sqlite");
  assert.equal(out.errors, []);
  assert.equal(out.rows.map((r) => r.name), ["from bun", "from deno"]);
  assert.equal(out.rows[1], { name: "from deno", big: "1152921504606846976n", raw: [7] });
});

test("bun again, then node: every runtime sees every row", async () => {
  assert.equal((await run("bun", "-")).rows.map((r) => r.name), ["from bun", "from deno"]);
  const node = await run("node", "-");
  assert.match(node.driver, /node-sqlite3-wasm|node:sqlite/);
  assert.equal(node.rows.map((r) => r.name), ["from bun", "from deno"]);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
