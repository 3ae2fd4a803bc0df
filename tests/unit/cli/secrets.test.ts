// The CLI's secrets: .sluice/secrets.toml in the project over the home one (table by table), root-level strings and
// numbers set as environment variables where unset (and taken back on reload), a TOML error naming file and line.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSecrets } from "../../../src/adapters/files.ts";
import { CliSecrets } from "../../../src/cli/secrets.ts";
import { createSecrets } from "../../../src/script/secrets.ts";

function dirs() {
  const base = mkdtempSync(join(tmpdir(), "sluice-secrets-"));
  const project = join(base, "project");
  const home = join(base, "home");
  mkdirSync(join(project, ".sluice"), { recursive: true });
  mkdirSync(join(home, ".sluice"), { recursive: true });
  const write = (where: string, text: string) => writeFileSync(join(where, ".sluice", "secrets.toml"), text);
  return { base, project, home, write, done: () => rmSync(base, { recursive: true, force: true }) };
}

test("project secrets win key by key over the home file; nested tables merge; the files searched are remembered", () => {
  const d = dirs();
  try {
    d.write(d.home, 'token = "home"\nshared = "home"\n[connections.a]\nurl = "home-a"\n[db]\nuser = "home-user"\npassword = "home-pw"\n');
    d.write(d.project, 'shared = "project"\n[connections.b]\nurl = "project-b"\n[db]\nuser = "project-user"\n');
    const values = loadSecrets(d.project, { home: d.home });
    assert.equal(values, { token: "home", shared: "project", connections: { a: { url: "home-a" }, b: { url: "project-b" } }, db: { user: "project-user", password: "home-pw" } });
    const s = createSecrets(values);
    assert.is(s.connections.b.url, "project-b");
    assert.throws(() => s.nope, (e: Error) => e.message.includes(join(d.home, ".sluice/secrets.toml") + " (found)") && e.message.includes(join(d.project, ".sluice/secrets.toml") + " (found)"));
  } finally {
    d.done();
  }
});

test("no file: an empty object whose missing keys say where to put secrets.toml", () => {
  const d = dirs();
  try {
    const s = createSecrets(loadSecrets(d.project, { home: d.home }));
    assert.throws(() => s.token, /No secrets found: create \.sluice\/secrets\.toml\. Searched: .*project\/\.sluice\/secrets\.toml \(not found\)/);
  } finally {
    d.done();
  }
});

test("a TOML error names the file, line and column", () => {
  const d = dirs();
  try {
    d.write(d.project, 'ok = "x"\nbroken = \n');
    assert.throws(() => loadSecrets(d.project, { home: d.home }), (e: Error) => e.name === "ConfigError" && e.message.startsWith(join(d.project, ".sluice/secrets.toml") + ":2:"));
  } finally {
    d.done();
  }
});

test("root-level strings and numbers become environment variables where unset; a reload takes back what it set", () => {
  const d = dirs();
  try {
    d.write(d.project, 'API_KEY = "k1"\nPORT_NUM = 5\nPRESET = "file"\nFLAG = true\n[db]\nDB_USER = "u"\n');
    const env: Record<string, string | undefined> = { PRESET: "from-env" };
    const cli = new CliSecrets(d.project, env, { home: d.home });
    cli.load();
    assert.equal(env, { PRESET: "from-env", API_KEY: "k1", PORT_NUM: "5" });
    d.write(d.project, 'OTHER = "o"\n');
    cli.load();
    assert.equal(env, { PRESET: "from-env", OTHER: "o" });
    assert.equal(cli.values, { OTHER: "o" });
  } finally {
    d.done();
  }
});

test.run();
