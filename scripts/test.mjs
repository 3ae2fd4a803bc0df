// `npm test`: every suite, in order, then one closing line "N passed, N failed".
// Suites: generated code is fresh, the type check, unit + HTTP tests (uvu), PostgreSQL (a real server), browser tests (uvu + playwright-core
// + Debian chromium), the Bun and Deno smoke tests, the packed tarball in a consumer project, and a quick run of the benchmarks. uvu prints no "Failed:" line and exits 0 with no tests,
// so this script reads its Total/Passed/Skipped lines and counts a suite that ran nothing as a failure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const only = process.argv.slice(2); // e.g. `npm test -- unit http`
let passed = 0;
let failed = 0;

function run(name, cmd, args, opts = {}) {
  if (only.length && !only.includes(name)) return null;
  process.stdout.write(`\n── ${name} ──\n`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" }, timeout: opts.timeout ?? 20 * 60_000, maxBuffer: 64 << 20 });
  process.stdout.write(r.stdout ?? "");
  process.stderr.write(r.stderr ?? "");
  return r;
}

function check(name, ok, detail = "") {
  if (ok) passed++;
  else failed++;
  process.stdout.write(`${ok ? "✓" : "✗"} ${name}${detail ? ` — ${detail}` : ""}\n`);
}

function uvu(name, dir, extra = []) {
  const r = run(name, process.execPath, ["--import", "tsx", "node_modules/uvu/bin.js", dir, "\\.test\\.tsx?$", "-c", "false", ...extra]);
  if (!r) return;
  const out = r.stdout ?? "";
  const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const ok = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const skipped = Number(/Skipped:\s+(\d+)/.exec(out)?.[1] ?? 0);
  if (total === 0 && skipped > 0) {
    process.stdout.write(`- ${name}: skipped (see the message above)\n`); // e.g. postgres without PostgreSQL installed
    return;
  }
  if (total === 0) {
    failed++;
    process.stdout.write(`✗ ${name}: no tests ran (exit ${r.status}${r.signal ? ", " + r.signal : ""})\n`);
    return;
  }
  passed += ok;
  failed += total - ok - skipped;
  if (r.status !== 0 && total - ok - skipped === 0) {
    failed++; // a crash after the summary, or a file that threw before registering its tests
    process.stdout.write(`✗ ${name}: exited ${r.status}\n`);
  }
}

// 1. Generated code matches its sources.
if (!only.length || only.includes("gen")) {
  const tmp = mkdtempSync(join(tmpdir(), "sluice-gen-"));
  const a = spawnSync(process.execPath, ["scripts/gen-proto.mjs", tmp], { cwd: root, encoding: "utf8" });
  const b = spawnSync(process.execPath, ["scripts/gen-assets.mjs", tmp], { cwd: root, encoding: "utf8" });
  for (const f of ["proto.js", "proto.d.ts", "assets.ts"]) {
    const same = a.status === 0 && b.status === 0 && readFileSync(join(tmp, f), "utf8") === readFileSync(join(root, "src/gen", f), "utf8");
    check(`src/gen/${f} is up to date (npm run gen)`, same);
  }
  rmSync(tmp, { recursive: true, force: true });
}

// 2. Types.
const tsc = run("typecheck", process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "."]);
if (tsc) check("tsc --noEmit", tsc.status === 0);

// 3. Unit and HTTP tests, 4. browser tests, 5. other runtimes.
uvu("unit", "tests/unit");
uvu("http", "tests/http");
uvu("postgres", "tests/postgres"); // starts a real PostgreSQL server (skips with a message when it is not installed)
uvu("security", "tests/security");
uvu("browser", "tests/browser");
uvu("runtimes", "tests/runtimes");
// 6. sluice as a dependency: npm pack, install the tarball into a fresh project, serve with npx, rerun; the CLI.
uvu("package", "tests/package");

// 7. The benchmarks still run (figures are not checked: benchmarks are not tests).
const bench = run("bench", process.execPath, ["--import", "tsx", "bench/run.ts", "--quick"], { timeout: 5 * 60_000 });
if (bench) check("npm run bench -- --quick runs every measure", bench.status === 0 && /aims met/.test(bench.stdout ?? ""));

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
