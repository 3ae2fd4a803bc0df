// Bun (from npm) serves examples/hello.ts through src/adapters/bun.ts: page, one rerun over SSE, the stream.
import { resolve } from "node:path";
import { root, smokeSuite } from "./helpers.ts";

smokeSuite({
  name: "bun",
  command: resolve(root, "node_modules/.bin/bun"),
  args: ["examples/serve-bun.ts", "0", "127.0.0.1"],
  env: { BUN_DISABLE_TELEMETRY: "1", DO_NOT_TRACK: "1" },
}).run();
