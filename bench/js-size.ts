// Measure 4: JavaScript the page loads — every <script src> of GET /, as it goes over the wire to a browser
// sending `Accept-Encoding: gzip, deflate, br` (the server's precompressed body), and raw; inline scripts gzipped.
import { brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { fmtBytes, openSession, referenceServer, type Result } from "./util.ts";

export async function measureJs(): Promise<Result> {
  const server = referenceServer();
  const { page } = await openSession(server);
  const srcs = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const inline = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim());
  const scripts: { src: string; raw: number; gzip: number }[] = [];
  for (const src of srcs) {
    const res = await server.hono.request(new URL(src, "http://127.0.0.1/").href, { headers: { "accept-encoding": "gzip, deflate, br" } });
    if (res.status !== 200) throw new Error(`bench: ${src} answered ${res.status}`);
    const onWire = Buffer.from(await res.arrayBuffer());
    const enc = res.headers.get("content-encoding");
    const body = enc === "br" ? brotliDecompressSync(onWire) : enc === "gzip" ? gunzipSync(onWire) : onWire;
    scripts.push({ src, raw: body.length, gzip: onWire.length });
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
      { measure: `4. JavaScript the page loads, on the wire (${scripts.length} script${scripts.length === 1 ? "" : "s"})`, value: fmtBytes(gzip), aim: "< 20 KB", ok: gzip < 20_000 },
      { measure: "4. JavaScript the page loads, raw", value: fmtBytes(raw), aim: "-", ok: null },
    ],
    data: { gzip, raw, scripts },
  };
}
