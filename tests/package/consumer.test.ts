// sluice as a dependency of someone else's project: `npm pack`, install the tarball into a fresh folder, then serve
// an app with `npx sluice run` and complete a rerun — with no tsconfig, with the consumer's own tsconfig ("jsx":
// "react"), and from JavaScript — and run the consumer's own AppTest test with the command docs/testing.md gives.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePage } from "../http/harness.ts";
import { exited, portFreed, startServer } from "./helpers.ts";
import { cookiesOf } from "../cookies.ts";

const root = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "sluice-consumer-"));
const project = join(dir, "myapp");
const npm = (args: string[], cwd: string) => {
  const r = spawnSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel", "error"], { cwd, encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
};

const TS_APP = `import type { St } from "sluice";

export default async function app(st: St) {
  st.title("Consumer app");
  const n = st.slider("n", { minValue: 0, maxValue: 10, value: 3 });
  st.write(\`n squared is \${n * n}\`);
}
`;
const JS_APP = `export default async function app(st) {
  st.title("Consumer app");
  const n = st.slider("n", { minValue: 0, maxValue: 10, value: 3 });
  st.write(\`n squared is \${n * n}\`);
}
`;

test.before(() => {
  npm(["pack", "--pack-destination", dir], root);
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
  spawnSync("mkdir", [project]);
  npm(["init", "-y"], project);
  npm(["install", tarball], project);
});
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Serves `file` with npx in the project, checks the first page and one rerun, then stops it (the port is freed). */
async function serveAndRerun(file: string, stop: "SIGTERM to npx" | "Ctrl-C" = "SIGTERM to npx"): Promise<void> {
  // Its own process group, so that whatever happens the test ends every process it started.
  const s = await startServer("npx", ["sluice", "run", file, "--server.headless", "true", "--server.port", "0", "--server.address", "127.0.0.1"], { cwd: project, detached: true });
  try {
    const res = await fetch(s.url, { signal: AbortSignal.timeout(10_000) });
    assert.is(res.status, 200);
    const cookie = cookiesOf(res); // the session is bound to it
    const page = parsePage(await res.text());
    assert.is(page.doc.querySelector("h1")?.textContent?.trim(), "Consumer app", s.output());
    assert.ok(page.doc.body.textContent?.includes("n squared is 9"));
    assert.ok(page.sessionId, "the page carries the session id field");
    const body = new URLSearchParams([["_sluice_session", page.sessionId], ["_sluice_last", String(page.lastEventId)], [page.nameOf("n"), "7"]]);
    const rerun = await fetch(`${s.url}/_sluice/rerun`, { method: "POST", body, signal: AbortSignal.timeout(10_000), headers: { "content-type": "application/x-www-form-urlencoded", cookie } });
    assert.is(rerun.status, 200);
    assert.match(await rerun.text(), /n squared is 49/);
    assert.not.match(s.output(), /Error/);
  } catch (error) {
    killGroup(s.child.pid!);
    throw error;
  }
  if (stop === "Ctrl-C") process.kill(-s.child.pid!, "SIGINT"); // a terminal sends SIGINT to the whole foreground group
  else s.child.kill("SIGTERM"); // to npx alone, as a process manager would
  const freed = await portFreed(s.port);
  killGroup(s.child.pid!);
  assert.ok(freed, `the server outlived npx on port ${s.port}`);
  await exited(s.child);
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

test("no tsconfig, a .ts app: npx sluice run serves it and a rerun completes", async () => {
  writeFileSync(join(project, "app.ts"), TS_APP);
  await serveAndRerun("app.ts");
});

test("the consumer's own tsconfig with \"jsx\": \"react\" does not change how sluice's templates compile (tsx and Bun)", async () => {
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { jsx: "react", strict: true, module: "nodenext" } }));
  try {
    await serveAndRerun("app.ts", "Ctrl-C");
    // Bun compiles node_modules/sluice's .tsx with this tsconfig too: only the files' pragmas keep hono/jsx.
    writeFileSync(
      join(project, "serve-bun.ts"),
      `import { createApp } from "sluice/server";\nimport { serve } from "sluice/bun";\nimport app from "./app.ts";\n` +
        `const s = await serve(createApp({ app }), { port: 0, hostname: "127.0.0.1" });\nconsole.log("Local URL: http://127.0.0.1:" + s.port);\n`,
    );
    const bun = await startServer(join(root, "node_modules/.bin/bun"), ["serve-bun.ts"], { cwd: project, detached: true });
    try {
      const page = parsePage(await (await fetch(bun.url, { signal: AbortSignal.timeout(10_000) })).text());
      assert.is(page.doc.querySelector("h1")?.textContent?.trim(), "Consumer app", bun.output());
    } finally {
      killGroup(bun.child.pid!);
    }
  } finally {
    rmSync(join(project, "tsconfig.json"));
  }
});

test("a JavaScript app (app.js in a CommonJS package, app.mjs)", async () => {
  writeFileSync(join(project, "app.js"), JS_APP);
  writeFileSync(join(project, "app.mjs"), JS_APP);
  await serveAndRerun("app.js");
  await serveAndRerun("app.mjs");
});

test("npx sluice --version and --help work in the project; the tarball is small but complete", () => {
  const version = spawnSync("npx", ["sluice", "--version"], { cwd: project, encoding: "utf8", timeout: 30_000 });
  assert.match(version.stdout, /^sluice \d+\.\d+\.\d+/);
  const help = spawnSync("npx", ["sluice", "--help"], { cwd: project, encoding: "utf8", timeout: 30_000 });
  assert.match(help.stdout, /sluice run <app\.ts/);
  const installed = join(project, "node_modules/sluice");
  for (const f of ["bin/sluice.mjs", "src/index.ts", "src/gen/assets.ts", "templates/page.tsx", "examples/hello.ts", "docs/api.md", "README.md"]) {
    assert.ok(existsSync(join(installed, f)), `${f} is in the package`);
  }
  for (const f of ["tests", "bench", "scripts", "proto", "static", ".ci"]) assert.not.ok(existsSync(join(installed, f)), `${f} is not`);
});

test("the consumer runs its own AppTest test with the command docs/testing.md gives", () => {
  writeFileSync(
    join(project, "app.test.ts"),
    `import { test } from "node:test";
import assert from "node:assert/strict";
import { AppTest } from "sluice/testing";

test("the slider squares", async () => {
  const at = await AppTest.fromFile("app.ts").run();
  at.slider[0]!.setValue(7);
  await at.run();
  assert.equal(at.markdown.at(-1)?.value, "n squared is 49");
});
`,
  );
  const r = spawnSync("node", ["--import", "tsx", "--test", "app.test.ts"], { cwd: project, encoding: "utf8", timeout: 60_000 });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /# pass 1/);
  assert.match(r.stdout, /# fail 0/);
});

test.run();
