// Measure 4: JavaScript the page loads — every <script src> of GET /, fetched from the app and gzipped (level 9).
import { gzipSync } from "node:zlib";
import { fmtBytes, openSession, referenceServer, type Result } from "./util.ts";

export async function measureJs(): Promise<Result> {
  const server = referenceServer();
  const { page } = await openSession(server);
  const srcs = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const inline = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
  const scripts: { src: string; raw: number; gzip: number }[] = [];
  for (const src of srcs) {
    const res = await server.hono.request(new URL(src, "http://127.0.0.1/").href);
    if (res.status !== 200) throw new Error(`bench: ${src} answered ${res.status}`);
    const body = Buffer.from(await res.arrayBuffer());
    scripts.push({ src, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  for (const [i, code] of inline.entries()) {
    const body = Buffer.from(code);
    scripts.push({ src: `inline #${i + 1}`, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  const gzip = scripts.reduce((n, s) => n + s.gzip, 0);
  const raw = scripts.reduce((n, s) => n + s.raw, 0);
  return {
    name: "js",
    rows: [
      { measure: `4. JavaScript the page loads, gzip -9 (${scripts.length} script${scripts.length === 1 ? "" : "s"})`, value: fmtBytes(gzip), aim: "< 20 KB", ok: gzip < 20_000 },
      { measure: "4. JavaScript the page loads, raw", value: fmtBytes(raw), aim: "-", ok: null },
    ],
    data: { gzip, raw, scripts },
  };
}
