// Bun entry ("sluice/bun"): Bun.serve with the idle timeout off (an idle SSE stream would be closed after 10 s).
import type { SluiceServer } from "../server/app.ts";

declare const Bun: { serve(o: { port: number; hostname: string; fetch: SluiceServer["fetch"]; idleTimeout: number }): { port: number; stop(force?: boolean): void } };

export function serve(server: SluiceServer, o: { port?: number; hostname?: string } = {}) {
  const s = Bun.serve({ port: o.port ?? server.config.server.port, hostname: o.hostname ?? server.config.server.address, fetch: server.fetch, idleTimeout: 0 });
  return { port: s.port, close: async () => s.stop(true) };
}
