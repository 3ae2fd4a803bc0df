// Every .tsx under src/ and templates/ starts with the JSX pragmas, so sluice's templates compile to hono/jsx
// whatever the consumer's tsconfig says (or without one), under tsx/esbuild, Bun and Deno alike.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const PRAGMA = "/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */";

function tsx(dir: string): string[] {
  return readdirSync(root + dir).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(root + rel).isDirectory() ? tsx(rel) : name.endsWith(".tsx") ? [rel] : [];
  });
}

test("every .tsx in src/ and templates/ opens with the pragma line", () => {
  const files = [...tsx("src"), ...tsx("templates")];
  assert.ok(files.length >= 20, `found ${files.length}`);
  const missing = files.filter((f) => readFileSync(root + f, "utf8").split("\n", 1)[0] !== PRAGMA);
  assert.equal(missing, [], `add "${PRAGMA}" as the first line of: ${missing.join(", ")}`);
});

test.run();
