// Deno entry ("sluice/deno"): Deno.serve.
import type { SluiceServer } from "../server/app.ts";

declare const Deno: {
  serve(o: { port: number; hostname: string; onListen?: (a: { port: number }) => void }, h: SluiceServer["fetch"]): { addr: { port: number }; shutdown(): Promise<void> };
};

export function serve(server: SluiceServer, o: { port?: number; hostname?: string } = {}) {
  const s = Deno.serve({ port: o.port ?? server.config.server.port, hostname: o.hostname ?? server.config.server.address, onListen: () => {} }, server.fetch);
  return { port: s.addr.port, close: () => s.shutdown() };
}
