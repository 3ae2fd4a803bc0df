// Run under bun and deno by tests/runtimes/settings.test.ts: the runtime-neutral loaders (loadSecrets, loadConfig)
// from that runtime's adapter read a project's .sluice files, and an app reads st.secrets and prints it.
import process from "node:process";
import { createApp } from "../../src/server/index.ts";
import type { St } from "../../src/index.ts";

const [runtime, dir, home] = process.argv.slice(2) as [string, string, string];
const adapter = runtime === "bun" ? await import("../../src/adapters/bun.ts") : await import("../../src/adapters/deno.ts");

const secrets = adapter.loadSecrets(dir, { home });
const loaded = adapter.loadConfig(dir, { home, log: false }); // the environment as the runtime allows (Deno here: none)
const app = (st: St) => {
  st.text(`user=${st.secrets.db.user} token=${st.secrets.has("token")}`);
  console.log(st.secrets); // the runtime's console: keys only
  console.log(String(st.secrets.db), JSON.stringify(st.secrets));
};
const server = createApp({ app, secrets, config: loaded.config });
const html = await (await server.hono.request("/")).text();
const shown = /user=\w+ token=\w+/.exec(html)?.[0];
const { port, maxSessions } = loaded.config.server;
console.log("RESULT " + JSON.stringify({ shown, port, maxSessions, portFrom: loaded.origins.get("server.port"), warnings: loaded.warnings }));
server.shutdown();
process.exit(0);
