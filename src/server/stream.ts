// GET /_sluice/stream: the tab's stream for runs the server starts (rerun on save, a first run still going).
// Replays what the tab missed, then streams; a browser holds at most maxStreamsPerBrowser of them, and its other
// tabs poll, so idle tabs never use up the 6 HTTP/1.1 connections a browser allows per host. The session is named
// by a header (never in the URL) and must belong to the requesting browser's cookie. A client that stops reading
// gets its stream closed once too much is queued for it (it recovers by replay or a full refresh, as after a drop).
import type { Context } from "hono";
import { stream as streamBody } from "hono/streaming";
import type { StreamingApi } from "hono/utils/stream";
import type { Config } from "../config.ts";
import type { Listener } from "../session/session.ts";
import type { SessionStore } from "../session/store.ts";
import { formatEvent, heartbeat, sseHeaders } from "./sse.ts";
import { BROWSER_COOKIE, browserOf, clientAddress, ownsSession, SESSION_HEADER } from "./sessions-guard.ts";

export { BROWSER_COOKIE };

export interface WriterLimits {
  /** Bytes (UTF-16 units, near enough) queued and not yet taken by the client; past it the stream is given up. */
  maxQueuedBytes: number;
  /** Milliseconds one write may stay pending before the stream is given up (0: no limit). */
  writeTimeoutMs: number;
}

/**
 * Writes to a stream one after another (each waits for the last), so events keep their order. A client that does
 * not read (asleep, stalled, hostile) would make the queue grow without bound: past `maxQueuedBytes` queued, or one
 * write pending longer than `writeTimeoutMs`, the stream is aborted (one event larger than the cap still goes out
 * when nothing is queued: a full refresh of a big page must not close every stream) and `onError` called; later writes are dropped.
 */
export function serialWriter(out: StreamingApi, onError?: () => void, limits?: WriterLimits): ((text: string) => Promise<void>) & { readonly queued: number } {
  let writes = Promise.resolve();
  let queued = 0;
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    queued = 0;
    out.abort(); // cancels the response body: pending writes settle, the connection is released
    onError?.();
  };
  const write = (text: string) => {
    if (failed) return writes;
    if (limits && queued > 0 && queued + text.length > limits.maxQueuedBytes) {
      fail();
      return writes;
    }
    queued += text.length;
    writes = writes
      .then(() => {
        if (failed) return;
        if (!limits?.writeTimeoutMs) return out.write(text);
        let timer: ReturnType<typeof setTimeout> | undefined;
        return Promise.race([out.write(text), new Promise<void>((r) => (timer = setTimeout(() => (fail(), r()), limits.writeTimeoutMs)))]).finally(() => clearTimeout(timer));
      })
      .then(
        () => void (queued = failed ? 0 : queued - text.length),
        () => fail(),
      );
    return writes;
  };
  return Object.defineProperty(write, "queued", { get: () => queued }) as typeof write & { readonly queued: number };
}

/** The stream limits from the config. */
export const writerLimits = (config: Config): WriterLimits => ({
  maxQueuedBytes: config.server.maxStreamQueueBytes,
  writeTimeoutMs: config.server.streamWriteTimeoutMs,
});

/** A retry hint as a message (hx-sse applies `retry:` only from a message with data, hence the empty data). */
const retryHint = (ms: number) => formatEvent({ id: 0, data: "", retry: ms }).replace(/^id: .*\n/m, "");

export function streamHandler(sessions: SessionStore, config: Config) {
  /** Streams held open per browser (cookie), so idle tabs never use up the browser's 6 connections per host. */
  const heldStreams = new Map<string, number>();

  return async (c: Context) => {
    const session = sessions.get(c.req.header(SESSION_HEADER) ?? "");
    // Another browser's session is answered exactly as an unknown one: nothing about it leaks.
    if (!session || !ownsSession(c, sessions, session)) return c.text("Unknown or expired session", 404);
    sessions.join(session.id);
    const header = Number(c.req.header("last-event-id"));
    const asked = Number.isFinite(header) && header > 0 ? header : Number(c.req.query("after") ?? 0) || 0;
    const after = Math.max(asked, session.clientAck);
    await session.prepareView(after); // a full refresh renders the whole tree: prepare it first
    for (const [k, v] of Object.entries(sseHeaders)) c.header(k, v);
    // Held streams are counted per browser (the owner check above needs its cookie, so every stream has one) and
    // per client address where the runtime tells it (one client with many cookie jars).
    const keys = ["b:" + browserOf(c)!];
    const address = clientAddress(c, config);
    if (address) keys.push("a:" + address);
    const over =
      (heldStreams.get(keys[0]!) ?? 0) >= config.server.maxStreamsPerBrowser ||
      (address !== undefined && (heldStreams.get(keys[1]!) ?? 0) >= config.server.maxStreamsPerAddress);
    if (over) {
      // Over the limit: answer with what is missing and close; the tab polls again after `retry` ms.
      const missed = session.eventsAfter(after);
      let text = retryHint(config.server.streamPollMs);
      for (const e of missed) text += formatEvent(e);
      return c.body(text);
    }
    for (const k of keys) heldStreams.set(k, (heldStreams.get(k) ?? 0) + 1);
    const release = () => {
      for (const k of keys) {
        const n = (heldStreams.get(k) ?? 1) - 1;
        if (n <= 0) heldStreams.delete(k);
        else heldStreams.set(k, n);
      }
    };
    return streamBody(c, async (out) => {
      let done!: () => void;
      const finished = new Promise<void>((r) => (done = r));
      const write = serialWriter(out, () => done(), writerLimits(config));
      const listener: Listener = { kind: "stream", send: (e) => write(formatEvent(e)), close: done };
      write(retryHint(1000));
      const detach = session.attach(listener, after);
      const ping = setInterval(() => write(heartbeat()), config.server.heartbeatSeconds * 1000);
      out.onAbort(done);
      await finished;
      clearInterval(ping);
      detach();
      release();
    });
  };
}
