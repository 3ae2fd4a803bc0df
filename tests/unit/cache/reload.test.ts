// Function keys across a reload: a module imported afresh (as `sluice run` does on save) keeps the entries of its
// unchanged cached functions and misses for edited ones; the same body in two files does not share entries.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const index = pathToFileURL(join(process.cwd(), "src/index.ts")).href;
const dir = mkdtempSync(join(tmpdir(), "sluice-cache-"));
let version = 0;

/** Writes a module with two cached functions and imports it afresh. */
async function load(file: string, doubleBody: string): Promise<Record<string, any>> {
  writeFileSync(join(dir, file), `import { cacheData } from ${JSON.stringify(index)};
export const calls = { same: 0, edited: 0 };
export const same = cacheData((x) => (calls.same++, x + 1));
export const edited = cacheData((x) => (calls.edited++, ${doubleBody}));
`);
  return import(pathToFileURL(join(dir, file)).href + "?v=" + ++version);
}

test("after a reload, an unchanged function hits and an edited one misses", async () => {
  const v1 = await load("app.mjs", "x * 2");
  assert.is(v1.same(1), 2);
  assert.is(v1.edited(1), 2);
  const v2 = await load("app.mjs", "x * 3");
  assert.is.not(v2.same, v1.same, "a fresh module");
  assert.is(v2.same(1), 2);
  assert.is(v2.calls.same, 0, "unchanged: its entry was kept");
  assert.is(v2.edited(1), 3);
  assert.is(v2.calls.edited, 1, "edited: computed again");
});

test("identical bodies in two files do not share entries", async () => {
  const a = await load("a.mjs", "x * 2");
  const b = await load("b.mjs", "x * 2");
  assert.is.not(a.same.cacheKey, b.same.cacheKey);
  a.same(5);
  b.same(5);
  assert.is(a.calls.same + b.calls.same, 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
