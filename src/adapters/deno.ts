// Deno entry ("sluice/deno"): Deno.serve. Needs only --allow-net; modules resolve from node_modules (deno.json).
import type { SluiceServer } from "../server/app.ts";
import { installGuard } from "./guard.ts";
import { zlibCompressor } from "./zlib.ts";
import { sqlite } from "./sqlite.ts";

declare const Deno: {
  serve(o: { port: number; hostname: string; onListen(a: { port: number }): void }, h: SluiceServer["fetch"]): { shutdown(): Promise<void> };
};

/** `await serve(createApp({ app }), { port: 8501 })` under Deno. `close()` waits for open streams to end. */
export function serve(server: SluiceServer, o: { port?: number; hostname?: string } = {}): Promise<{ port: number; close(): Promise<void> }> {
  server.setCompressor(zlibCompressor);
  server.provideSqlite(sqlite);
  return new Promise((resolve) => {
    const opts = { port: o.port ?? server.config.server.port, hostname: o.hostname ?? server.config.server.address };
    const s = Deno.serve({ ...opts, onListen: ({ port }) => (installGuard(), resolve({ port, close: () => s.shutdown() })) }, server.fetch);
  });
}
export { loadSecrets, loadConfig } from "./files.ts";
