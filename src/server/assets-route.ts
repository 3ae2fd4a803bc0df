// The static assets (the bundled glue, the stylesheets): GET /_sluice/static/:name, in the encoding the browser
// takes (precompressed by scripts/gen-assets.mjs), each encoding its own ETag; a versioned URL is cached for a year.
import type { Context } from "hono";
import { assets } from "../gen/assets.ts";
import { negotiate, precompressed } from "./compress.ts";

export function serveAsset(c: Context) {
  const name = c.req.param("name") ?? "";
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined; // not "constructor", "__proto__", …
  if (!asset) return c.text("Not found", 404);
  const versioned = c.req.query("v") === asset.hash;
  // Precompressed at generation time (scripts/gen-assets.mjs); each encoding is its own representation and ETag.
  const encoding = negotiate(c.req.header("accept-encoding"), ["br", "gzip"]);
  const etag = encoding ? `"${asset.hash}-${encoding}"` : `"${asset.hash}"`;
  const headers: Record<string, string> = {
    "content-type": asset.type,
    "cache-control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
    etag,
    vary: "Accept-Encoding",
  };
  if (c.req.header("if-none-match")?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) return c.body(null, 304, headers);
  if (!encoding) return c.body(asset.body, 200, headers);
  const bytes = precompressed(name, encoding, asset[encoding]);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, "content-encoding": encoding, "content-length": String(bytes.byteLength) });
}
