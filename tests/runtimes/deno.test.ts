// Deno (from npm) serves examples/hello.ts through src/adapters/deno.ts: page, one rerun over SSE, the stream.
// Everything resolves from node_modules (deno.json: nodeModulesDir "manual"); --cached-only makes any attempt to
// download fail loudly, and --allow-net=127.0.0.1 is the only permission granted.
import { resolve } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { root, runCommand, smokeSuite } from "./helpers.ts";

const deno = resolve(root, "node_modules/.bin/deno");
const env = { DENO_DIR: resolve(root, ".tmp/deno-dir"), DENO_NO_UPDATE_CHECK: "1" };

smokeSuite({
  name: "deno",
  command: deno,
  args: ["run", "--allow-net=127.0.0.1", "--cached-only", "--no-prompt", "examples/serve-deno.ts", "0", "127.0.0.1"],
  env,
  startTimeoutMs: 60_000,
}).run();

const check = suite("deno check");
check("deno check examples/serve-deno.ts passes (the core type-checks under Deno too)", async () => {
  const t = performance.now();
  const r = await runCommand(deno, ["check", "--cached-only", "examples/serve-deno.ts"], env);
  assert.is(r.code, 0, r.output);
  console.log(`  deno check: ${Math.round(performance.now() - t)} ms`);
});

check.run();
