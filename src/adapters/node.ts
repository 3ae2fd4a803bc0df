// Node entry ("sluice/node"): serves a sluice app with @hono/node-server.
import { serve as honoServe } from "@hono/node-server";
import type { SluiceServer } from "../server/app.ts";
import { installGuard } from "./guard.ts";
import { zlibCompressor } from "./zlib.ts";
import { sqlite } from "./sqlite.ts";

/** `serve(createApp({ app }))` — resolves with the bound port once listening. */
export function serve(server: SluiceServer, o: { port?: number; hostname?: string } = {}): Promise<{ port: number; close(): Promise<void> }> {
  server.setCompressor(zlibCompressor);
  server.provideSqlite(sqlite);
  return new Promise<{ port: number; close(): Promise<void> }>((resolve) => {
    const s = honoServe({ fetch: server.fetch, port: o.port ?? server.config.server.port, hostname: o.hostname ?? server.config.server.address }, (info) =>
      resolve({
        port: info.port,
        // Open streams would keep close() waiting; end them (browsers reconnect elsewhere).
        close: () => new Promise<void>((r) => { s.close(() => r()); (s as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
      }),
    );
  }).then((listening) => (installGuard(), listening)); // once listening: a failure to start still ends the process
}
export { loadSecrets, loadConfig } from "./files.ts";
