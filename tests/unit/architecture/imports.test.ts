// The core is runtime-neutral: outside src/adapters/, src/cli/ and src/gen/, nothing under src/ or templates/
// imports node:*, bun:*, a bare Node builtin, chokidar or tsx, or touches the Bun / Deno globals.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const EXEMPT = ["src/adapters/", "src/cli/", "src/gen/"];
const FORBIDDEN_PACKAGES = new Set(["chokidar", "tsx"]);
const builtins = new Set(builtinModules.map((m) => m.replace(/^node:/, "").split("/")[0]!));

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root + dir)) {
    const rel = `${dir}/${name}`;
    if (statSync(root + rel).isDirectory()) out.push(...files(rel));
    else if (/\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

const checked = [...files("src"), ...files("templates")].filter((f) => !EXEMPT.some((p) => f.startsWith(p)));

/** Module specifiers of static imports, re-exports, dynamic imports and require(). */
export function specifiers(source: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["'`]([^"'`]+)["'`]/g;
  return [...source.matchAll(re)].map((m) => m[1]!);
}

export function forbidden(spec: string): string | null {
  if (spec.startsWith("node:")) return "node:* import";
  if (spec.startsWith("bun:")) return "bun:* import";
  const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
  if (FORBIDDEN_PACKAGES.has(pkg)) return `${pkg} import`;
  if (!spec.startsWith(".") && builtins.has(pkg)) return `Node builtin "${pkg}"`;
  return null;
}

/** Code without comments (roughly: block comments, and line comments that start a line or follow a space). */
const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");

test("the scan sees the core", () => {
  assert.ok(checked.includes("src/script/runner.ts"));
  assert.ok(checked.includes("templates/registry.ts"));
  assert.not.ok(checked.some((f) => f.startsWith("src/adapters/")));
});

test("the rules catch what they should", () => {
  assert.equal(specifiers(`import { a } from "node:fs";\nexport * from 'fs';\nconst m = await import("path");`), ["node:fs", "fs", "path"]);
  assert.ok(forbidden("node:fs"));
  assert.ok(forbidden("bun:sqlite"));
  assert.ok(forbidden("fs/promises"));
  assert.ok(forbidden("chokidar"));
  assert.ok(forbidden("tsx/esm/api"));
  assert.is(forbidden("hono/jsx"), null);
  assert.is(forbidden("../tree/path.ts"), null);
});

test("no node:*, Node builtins, chokidar or tsx outside adapters and cli", () => {
  const bad: string[] = [];
  for (const file of checked) {
    for (const spec of specifiers(stripComments(readFileSync(root + file, "utf8")))) {
      const why = forbidden(spec);
      if (why) bad.push(`${file}: ${why} (${spec})`);
    }
  }
  assert.equal(bad, []);
});

test("no Bun or Deno globals outside adapters and cli", () => {
  const bad: string[] = [];
  for (const file of checked) {
    const code = stripComments(readFileSync(root + file, "utf8"));
    for (const m of code.matchAll(/\b(Bun|Deno)\??\.\w/g)) bad.push(`${file}: ${m[0]}`);
  }
  assert.equal(bad, []);
});

test.run();
