// Child process of bench/socket.ts: serves the reference app (through src/adapters/node.ts) or the bare floor
// (bench/bare/server.ts) on a random 127.0.0.1 port, and answers the parent's IPC questions (CPU time used, RSS and heap).
import { serve as honoServe } from "@hono/node-server";
import { serve } from "../src/adapters/node.ts";
import { createApp } from "../src/server/index.ts";
import { createBare } from "./bare/server.ts";
import referenceApp from "./reference-app.ts";

const which = process.argv[2];
if (!process.send) throw new Error("bench/socket-server.ts runs as a child of bench/socket.ts (with an IPC channel)");
const send = process.send.bind(process);

let port: number;
if (which === "sluice") {
  // Room for the 10,000-session rows; a session never expires during the bench.
  const app = createApp({ app: referenceApp, title: "sluice bench", config: {
      // Every session comes from one address and is opened long before its first post: no admission limit applies.
      server: { maxSessions: 1_000_000, sessionTtl: 86_400, unjoinedSessionTtl: 86_400, maxSessionsPerAddress: 1_000_000, maxSessionBytes: 2 ** 40 },
    },
  });
  port = (await serve(app, { port: 0, hostname: "127.0.0.1" })).port;
} else if (which === "bare") {
  port = await new Promise<number>((resolve) => {
    honoServe({ fetch: createBare().fetch, port: 0, hostname: "127.0.0.1" }, (info) => resolve(info.port));
  });
} else {
  throw new Error(`bench/socket-server.ts: unknown server "${which}" (sluice or bare)`);
}

process.on("message", (m) => {
  if (m === "cpu") {
    const { user, system } = process.cpuUsage();
    send({ cpu: user + system });
  } else if (m === "stats") {
    const { user, system } = process.cpuUsage(); // before the gc, which is the bench's cost, not the server's
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    send({ rss, heapUsed, cpu: user + system });
  }
});
process.on("disconnect", () => process.exit(0)); // the parent went away: never outlive it
send({ port });
