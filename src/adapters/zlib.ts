// The flushing compressor every server adapter hands the core: node:zlib (Node, Bun and Deno all have it), gzip
// and brotli, with a sync flush after each chunk of a streamed body so streaming still streams.
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from "node:zlib";
import type { Compressor, Encoding } from "../server/compress.ts";

/** Brotli quality for bodies made per request: 5 is near gzip's speed with clearly smaller output (11 is for build time). */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
/**
 * An event stream's compressor lives as long as the tab's stream, so its state is kept small: gzip with a 2 KB
 * window and a small hash (~100 KB of memory a stream instead of ~240 KB for default gzip and ~570 KB for
 * brotli 5, measured); its events are small and repeat within that window, so they compress as well.
 */
const EVENTS_GZIP = { level: GZIP_LEVEL, windowBits: 11, memLevel: 4 };
const EVENTS_BROTLI_WINDOW = 16;

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const zlibCompressor: Compressor = {
  encodings: ["br", "gzip"],
  eventEncodings: ["gzip", "br"],
  compress(data: Uint8Array, encoding: Encoding): Uint8Array {
    return view(
      encoding === "br"
        ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } })
        : gzipSync(data, { level: GZIP_LEVEL }),
    );
  },
  flushing(encoding: Encoding, o: { events: boolean }): TransformStream<Uint8Array, Uint8Array> {
    const brotliWindow = o.events ? { [constants.BROTLI_PARAM_LGWIN]: EVENTS_BROTLI_WINDOW } : {};
    const z =
      encoding === "br"
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, ...brotliWindow } })
        : createGzip(o.events ? EVENTS_GZIP : { level: GZIP_LEVEL });
    const flushKind = encoding === "br" ? constants.BROTLI_OPERATION_FLUSH : constants.Z_SYNC_FLUSH;
    let out!: TransformStreamDefaultController<Uint8Array>;
    let failed: Error | null = null;
    z.on("data", (chunk: Buffer) => {
      try {
        out.enqueue(view(chunk));
      } catch {
        z.destroy(); // the reader went away (client disconnected): stop compressing
      }
    });
    z.on("error", (error: Error) => void (failed = error));
    // `cancel` is in the Streams standard and in Node 20, Bun and Deno, not yet in TypeScript's DOM types.
    const transformer: Transformer<Uint8Array, Uint8Array> & { cancel(reason: unknown): void } = {
      start(controller) {
        out = controller;
      },
      transform(chunk) {
        if (failed) throw failed;
        return new Promise<void>((resolve) => {
          z.write(chunk);
          z.flush(flushKind, () => resolve()); // the flushed bytes have been enqueued when this runs
        });
      },
      flush() {
        return new Promise<void>((resolve) => {
          z.once("end", () => resolve());
          z.end();
        });
      },
      cancel() {
        z.destroy(); // the client went away: free the compressor's native memory now, not at the next GC
      },
    };
    return new TransformStream<Uint8Array, Uint8Array>(transformer);
  },
};
