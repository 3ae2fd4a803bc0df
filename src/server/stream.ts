// GET /_sluice/stream: the tab's stream for runs the server starts (rerun on save, a first run still going).
// Replays what the tab missed, then streams; a browser holds at most maxStreamsPerBrowser of them, and its other
// tabs poll, so idle tabs never use up the 6 HTTP/1.1 connections a browser allows per host.
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { stream as streamBody } from "hono/streaming";
import type { StreamingApi } from "hono/utils/stream";
import type { Config } from "../config.ts";
import type { Listener } from "../session/session.ts";
import type { SessionStore } from "../session/store.ts";
import { formatEvent, heartbeat, sseHeaders } from "./sse.ts";

export const BROWSER_COOKIE = "sluice_browser";

/** Writes to a stream one after another (each waits for the last), so events keep their order. */
export function serialWriter(out: StreamingApi, onError?: () => void): (text: string) => Promise<void> {
  let writes = Promise.resolve();
  return (text) => {
    writes = writes.then(() => out.write(text)).then(() => undefined, onError);
    return writes;
  };
}

/** A retry hint as a message (hx-sse applies `retry:` only from a message with data, hence the empty data). */
const retryHint = (ms: number) => formatEvent({ id: 0, data: "", retry: ms }).replace(/^id: .*\n/m, "");

export function streamHandler(sessions: SessionStore, config: Config) {
  /** Streams held open per browser (cookie), so idle tabs never use up the browser's 6 connections per host. */
  const heldStreams = new Map<string, number>();

  return (c: Context) => {
    const session = sessions.get(c.req.query("session") ?? "");
    if (!session) return c.text("Unknown or expired session", 404);
    const header = Number(c.req.header("last-event-id"));
    const asked = Number.isFinite(header) && header > 0 ? header : Number(c.req.query("after") ?? 0) || 0;
    const after = Math.max(asked, session.clientAck);
    for (const [k, v] of Object.entries(sseHeaders)) c.header(k, v);
    const browser = getCookie(c, BROWSER_COOKIE);
    const held = browser ? (heldStreams.get(browser) ?? 0) : 0;
    if (browser && held >= config.server.maxStreamsPerBrowser) {
      // Over the limit: answer with what is missing and close; the tab polls again after `retry` ms.
      const missed = session.eventsAfter(after);
      let text = retryHint(config.server.streamPollMs);
      for (const e of missed) text += formatEvent(e);
      return c.body(text);
    }
    if (browser) heldStreams.set(browser, held + 1);
    const release = () => {
      if (!browser) return;
      const n = (heldStreams.get(browser) ?? 1) - 1;
      if (n <= 0) heldStreams.delete(browser);
      else heldStreams.set(browser, n);
    };
    return streamBody(c, async (out) => {
      let done!: () => void;
      const finished = new Promise<void>((r) => (done = r));
      const write = serialWriter(out, () => done());
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
