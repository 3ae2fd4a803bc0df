// Bun entry ("sluice/bun"): Bun.serve with the idle timeout off, or an idle SSE stream is cut after 10 s.
import type { SluiceServer } from "../server/app.ts";
import { installGuard } from "./guard.ts";
import { zlibCompressor } from "./zlib.ts";
import { sqlite } from "./sqlite.ts";

declare const Bun: {
  serve(o: { port: number; hostname: string; fetch: SluiceServer["fetch"]; idleTimeout: number }): { port: number; stop(force?: boolean): Promise<void> };
};

/** `await serve(createApp({ app }), { port: 8501 })` under Bun; `close()` also ends open streams. */
export async function serve(server: SluiceServer, o: { port?: number; hostname?: string } = {}): Promise<{ port: number; close(): Promise<void> }> {
  server.setCompressor(zlibCompressor);
  server.provideSqlite(sqlite);
  const s = Bun.serve({ port: o.port ?? server.config.server.port, hostname: o.hostname ?? server.config.server.address, fetch: server.fetch, idleTimeout: 0 });
  installGuard();
  return { port: s.port, close: () => s.stop(true) };
}
export { loadSecrets, loadConfig } from "./files.ts";
