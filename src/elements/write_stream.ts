// st.writeStream: writes a stream of text as it arrives and returns the whole. Only the new text of each chunk is
// sent (an append_text delta: the session coalesces them and the browser appends them to the element); when the
// stream ends, the element is rewritten as the full Markdown, so the tree holds what a plain st.markdown would.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";
import { write } from "./write.ts";

/** What writeStream takes: an async (or sync) iterable, a ReadableStream, or a function returning one. */
export type StreamSource =
  | AsyncIterable<unknown>
  | Iterable<unknown>
  | ReadableStream<unknown>
  | (() => AsyncIterable<unknown> | Iterable<unknown> | ReadableStream<unknown>);

/**
 * `const reply = await st.chatMessage("assistant").writeStream(model.stream(prompt))`
 * Strings are shown as they arrive and joined into one Markdown element; any other value is written with st.write
 * (text after it starts a new element). Resolves to all the text, joined.
 */
export async function writeStream(dg: DeltaGenerator, source: StreamSource): Promise<string> {
  const stream = typeof source === "function" ? source() : source;
  let all = "";
  let body = "";
  let path: number[] | null = null;
  const decoder = new TextDecoder(); // bytes (a fetch body) are UTF-8 text, split anywhere
  const end = () => {
    if (path) dg.child(dg.path, path).writeElement(final(body)); // the same node, now the full Markdown
    path = null;
    body = "";
  };
  for await (const item of iterate(stream)) {
    const chunk = item instanceof Uint8Array ? decoder.decode(item, { stream: true }) : item;
    const ctx = dg.ctx; // resolved per chunk: throws when the run was interrupted or stopped
    ctx.yieldPoint();
    if (typeof chunk !== "string") {
      end();
      if (chunk !== undefined && chunk !== null) write(dg, chunk);
      continue;
    }
    if (chunk === "") continue;
    all += chunk;
    if (!path) {
      body = chunk;
      path = dg.writeElement({ markdown: { body, elementType: 1, streaming: true } });
    } else {
      body += chunk;
      ctx.enqueue(path, { appendText: chunk });
    }
  }
  end();
  return all;
}

/** The element a finished stream leaves: exactly what st.markdown(body) writes, so the next run sends nothing. */
const final = (body: string) => ({ markdown: { body, allowHtml: false, elementType: 1, help: "" } });

async function* iterate(stream: unknown): AsyncGenerator<unknown> {
  if (typeof stream !== "object" || stream === null) {
    throw new SluiceAPIError(`st.writeStream takes an async iterable, a ReadableStream, or a function returning one (got ${typeof stream}).`);
  }
  if (typeof (stream as ReadableStream).getReader === "function" && !(Symbol.asyncIterator in stream)) {
    const reader = (stream as ReadableStream<unknown>).getReader();
    let done = false;
    try {
      for (;;) {
        const next = await reader.read();
        if ((done = next.done)) return;
        yield next.value;
      }
    } finally {
      // Left early (the run was interrupted or stopped): cancel the source, so a model stops producing for nobody.
      if (!done) await reader.cancel().catch(() => {});
      reader.releaseLock();
    }
  }
  if (Symbol.asyncIterator in stream || Symbol.iterator in stream) {
    yield* stream as AsyncIterable<unknown>;
    return;
  }
  throw new SluiceAPIError("st.writeStream takes an async iterable, a ReadableStream, or a function returning one.");
}
