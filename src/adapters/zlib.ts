// The flushing compressor every server adapter hands the core: node:zlib (Node, Bun and Deno all have it), gzip
// and brotli, with a sync flush after each chunk of a streamed body so streaming still streams.
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from "node:zlib";
import type { Compressor, Encoding } from "../server/compress.ts";

/** Brotli quality for bodies made per request: 5 is near gzip's speed with clearly smaller output (11 is for build time). */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const zlibCompressor: Compressor = {
  encodings: ["br", "gzip"],
  compress(data: Uint8Array, encoding: Encoding): Uint8Array {
    return view(
      encoding === "br"
        ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } })
        : gzipSync(data, { level: GZIP_LEVEL }),
    );
  },
  flushing(encoding: Encoding): TransformStream<Uint8Array, Uint8Array> {
    const z =
      encoding === "br"
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } })
        : createGzip({ level: GZIP_LEVEL });
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
    return new TransformStream<Uint8Array, Uint8Array>({
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
    });
  },
};
