// cacheData / cacheResource on real Bun and Deno processes (tests/runtimes/cache-check.ts): copies, hashing, one
// computation for concurrent misses, and hits across runs.
import { resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { root, runCommand } from "./helpers.ts";

const runtimes: [string, string, string[], Record<string, string>][] = [
  ["bun", resolve(root, "node_modules/.bin/bun"), ["tests/runtimes/cache-check.ts"], { BUN_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" }],
  ["deno", resolve(root, "node_modules/.bin/deno"), ["run", "--cached-only", "--no-prompt", "tests/runtimes/cache-check.ts"],
    { DENO_DIR: resolve(root, ".tmp/deno-dir"), DENO_NO_UPDATE_CHECK: "1" }],
];

const cache = suite("cache on bun and deno");
for (const [name, command, args, env] of runtimes) {
  cache(`${name}: a cached function computes once, hits return copies, resources are shared`, async () => {
    const r = await runCommand(command, args, env);
    assert.is(r.code, 0, r.output);
    const line = r.output.split("\n").find((l) => l.startsWith("{"));
    assert.ok(line, r.output);
    const out = JSON.parse(line!);
    assert.equal(out.exceptions, []);
    assert.is(out.text, "1 0 1208925819614629174706176 true");
    assert.is(out.calls, 1);
    assert.is(out.stats.misses, 1);
    assert.is(out.stats.hits, 3);
    assert.is(out.stats.entries, 1);
    assert.is(out.spinnerOnHit, false);
  });
}
cache.run();
