// SSE framing: pure formatting of events as text/event-stream bytes (the stream that carries them is app.ts's).
import type { SessionEvent } from "../session/event-log.ts";

/** One event as SSE text: `id:`, optional `event:` and `retry:`, one `data:` line per line of data. */
export function formatEvent(e: SessionEvent & { retry?: number }): string {
  let out = "";
  if (e.event) out += `event: ${e.event.replace(/[\r\n]/g, "")}\n`;
  out += `id: ${e.id}\n`;
  if (e.retry !== undefined) out += `retry: ${Math.max(0, Math.floor(e.retry))}\n`;
  for (const line of e.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return out + "\n";
}

/** A comment line: keeps proxies and Workers from treating an idle stream as dead. */
export const heartbeat = (): string => ": ping\n\n";

export const sseHeaders = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};
