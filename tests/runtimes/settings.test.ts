// loadSecrets / loadConfig (the loaders a Bun or Deno app calls before createApp) on real bun and deno processes:
// the project's files over the home ones, st.secrets in an app, and the runtime's console printing keys only.
// Deno gets only --allow-read: no environment, no home lookup (both are given).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { root, runCommand } from "./helpers.ts";

const test = suite("runtime: config and secrets loaders");
const base = mkdtempSync(join(tmpdir(), "sluice-rt-settings-"));
const dir = join(base, "app");
const home = join(base, "home");
mkdirSync(join(dir, ".sluice"), { recursive: true });
mkdirSync(join(home, ".sluice"), { recursive: true });
writeFileSync(join(dir, ".sluice", "config.toml"), "[server]\nport = 9345\n[sever]\nx = 1\n");
writeFileSync(join(home, ".sluice", "config.toml"), "[server]\nport = 1\nmaxSessions = 42\n");
writeFileSync(join(dir, ".sluice", "secrets.toml"), 'token = "tok-SECRET-123"\n[db]\nuser = "ada"\npassword = "hunter2-PASS"\n');
writeFileSync(join(home, ".sluice", "secrets.toml"), '[db]\nuser = "home-user"\n');

const runs: Record<string, [string, string[], Record<string, string>]> = {
  bun: [resolve(root, "node_modules/.bin/bun"), ["tests/runtimes/settings-fixture.ts", "bun", dir, home], { BUN_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" }],
  deno: [
    resolve(root, "node_modules/.bin/deno"),
    ["run", "--allow-read", "--cached-only", "--no-prompt", "tests/runtimes/settings-fixture.ts", "deno", dir, home],
    { DENO_DIR: resolve(root, ".tmp/deno-dir"), DENO_NO_UPDATE_CHECK: "1" },
  ],
};

for (const [name, [command, args, env]] of Object.entries(runs)) {
  test(`${name}: loadConfig and loadSecrets read the project's files over the home ones; printing st.secrets shows no value`, async () => {
    const r = await runCommand(command, args, env);
    assert.is(r.code, 0, r.output);
    const result = JSON.parse(/^RESULT (.*)$/m.exec(r.output)?.[1] ?? "null", (_k, v) => v) as Record<string, any>;
    assert.ok(result, r.output);
    assert.is(result.shown, "user=ada token=true");
    assert.is(result.port, 9345);
    assert.is(result.maxSessions, 42);
    assert.equal(result.portFrom, { source: "project file", where: `${join(dir, ".sluice", "config.toml")}:2` });
    assert.equal(result.warnings, [`${join(dir, ".sluice", "config.toml")}:3: unknown option sever (did you mean server?)`]);
    for (const secret of ["tok-SECRET", "hunter2"]) assert.not.ok(r.output.includes(secret), `${secret} printed:\n${r.output}`);
    assert.match(r.output, /token/, "the keys are printed");
  });
}

test.after(() => rmSync(base, { recursive: true, force: true }));
test.run();
