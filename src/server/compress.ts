// Response compression by Accept-Encoding (gzip, brotli) for the page, rerun answers and the tab's stream. The
// runtime's adapter supplies a flushing compressor (node:zlib on Node, Bun and Deno), so a streamed body still
// streams: every chunk written comes out compressed at once. Without one the core falls back to CompressionStream
// for one-piece bodies and to identity for streams (CompressionStream cannot flush).
import type { MiddlewareHandler } from "hono";

export type Encoding = "br" | "gzip";

export interface Compressor {
  /** The encodings it produces, in the server's order of preference. */
  readonly encodings: readonly Encoding[];
  /** A whole body at once. */
  compress(data: Uint8Array, encoding: Encoding): Uint8Array | Promise<Uint8Array>;
  /**
   * A stream whose every written chunk comes out compressed and flushed; absent when the runtime cannot flush.
   * `events`: an event stream, which may stay open for hours, so its compressor state is kept small.
   */
  flushing?(encoding: Encoding, o: { events: boolean }): TransformStream<Uint8Array, Uint8Array>;
  /** The order of preference for event streams, when it differs (a small gzip state costs less than brotli's). */
  readonly eventEncodings?: readonly Encoding[];
}

/** Web-standard fallback (Workers, or any runtime without a better one): gzip through CompressionStream. */
export const webCompressor: Compressor | null =
  typeof CompressionStream === "function"
    ? {
        encodings: ["gzip"],
        async compress(data) {
          const body = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("gzip"));
          return new Uint8Array(await new Response(body).arrayBuffer());
        },
      }
    : null;

/**
 * The encoding to use for a request's Accept-Encoding, or null for identity: the highest q-value among those
 * `available` (ties go to the server's order); `*` stands for any encoding not named; q=0 refuses one.
 */
export function negotiate(acceptEncoding: string | null | undefined, available: readonly Encoding[]): Encoding | null {
  if (!acceptEncoding || !available.length) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const enc of available) {
    const v = q.get(enc) ?? (enc === "gzip" ? q.get("x-gzip") : undefined) ?? q.get("*") ?? 0;
    if (v > bestQ) [best, bestQ] = [enc, v];
  }
  return best;
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[a-z.+-]*\+(json|xml)))/i;
/** Below this a one-piece body is sent as it is: the encoding's framing would eat most of the gain. */
const MIN_BYTES = 256;

/**
 * Hono middleware: compresses a compressible response the request accepts, sets Content-Encoding and
 * `Vary: Accept-Encoding`. A response with a Content-Length is compressed whole; one without is a stream and is
 * compressed chunk by chunk with a flush after each (or left as it is when no flushing compressor is there).
 */
export function compression(current: () => Compressor | null): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (!res.body || c.req.method === "HEAD" || res.status === 204 || res.status === 206 || res.status === 304) return;
    if (res.headers.has("content-encoding") || !COMPRESSIBLE.test(res.headers.get("content-type") ?? "")) return;
    const compressor = current();
    if (!/accept-encoding/i.test(res.headers.get("vary") ?? "")) res.headers.append("vary", "Accept-Encoding");
    if (!compressor) return; // (Cache-Control: no-transform binds proxies, not the origin)
    const lengthHeader = res.headers.get("content-length");
    const whole = lengthHeader !== null;
    if (whole && Number(lengthHeader) < MIN_BYTES) return;
    const events = !whole && /^text\/event-stream/i.test(res.headers.get("content-type") ?? "");
    const offered = whole ? compressor.encodings : !compressor.flushing ? [] : events ? (compressor.eventEncodings ?? compressor.encodings) : compressor.encodings;
    const encoding = negotiate(c.req.header("accept-encoding"), offered);
    if (!encoding) return;
    const headers = new Headers(res.headers);
    headers.set("content-encoding", encoding);
    headers.delete("content-length");
    let body: BodyInit;
    if (whole) {
      const bytes = await compressor.compress(new Uint8Array(await res.arrayBuffer()), encoding);
      headers.set("content-length", String(bytes.byteLength));
      body = bytes as BodyInit;
    } else {
      body = res.body.pipeThrough(compressor.flushing!(encoding, { events }));
    }
    c.res = undefined as unknown as Response; // hono's setter would copy the old headers (Content-Length) back
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}

const decoded = new Map<string, Uint8Array>();
/** A generated asset's precompressed body (base64 in src/gen/assets.ts), decoded once. */
export function precompressed(name: string, encoding: Encoding, base64: string): Uint8Array {
  const key = `${name}\0${encoding}`;
  let bytes = decoded.get(key);
  if (!bytes) {
    const bin = atob(base64);
    bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    decoded.set(key, bytes);
  }
  return bytes;
}
