// A bounded log of the SSE events a session sent, for replay after a reconnect (Last-Event-ID). Events the tab
// acknowledged are dropped: it never needs them again, and an active session would otherwise keep the whole log.
export interface SessionEvent {
  /** Session-wide, increasing. */
  id: number;
  /** HTML htmx swaps by itself, or a signal's payload. */
  data: string;
  /** A named event (signals only: run started/finished, title, URL). */
  event?: string;
}

export class EventLog {
  private readonly events: SessionEvent[] = [];
  private readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
  }

  push(event: SessionEvent): void {
    this.events.push(event);
    if (this.events.length > this.capacity) this.events.splice(0, this.events.length - this.capacity);
  }

  /** Drops the events up to and including `id` (the tab reported it applied them). */
  ack(id: number): void {
    let n = 0;
    while (n < this.events.length && this.events[n]!.id <= id) n++;
    if (n > 0) this.events.splice(0, n);
  }

  /** Events after `id`, or null when some of them were already dropped (the caller sends a full refresh). */
  since(id: number, latest: number): SessionEvent[] | null {
    if (id >= latest) return [];
    const first = this.events[0];
    if (!first || first.id > id + 1) return null;
    return this.events.filter((e) => e.id > id);
  }

  clear(): void {
    this.events.length = 0;
  }

  get size(): number {
    return this.events.length;
  }

  /** Estimated bytes the kept events hold (two per character, plus a little per event). */
  get bytes(): number {
    let n = 0;
    for (const e of this.events) n += 64 + 2 * (e.data.length + (e.event?.length ?? 0));
    return n;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** A string built by concatenation is a tree of pieces in V8; the log keeps events a while, so store them flat. */
export const flatten = (s: string): string => (s.length < 64 ? s : decoder.decode(encoder.encode(s)));
