// Where sessions live. The SessionStore interface is the seam for other stores (Redis, Durable Objects: later
// issues); the in-memory store keeps them in this process and expires idle ones after the TTL.
import type { AppSession } from "./session.ts";

export interface SessionStore {
  get(id: string): AppSession | undefined;
  add(session: AppSession): void;
  delete(id: string): void;
  /** Every live session (rerun on save reaches them all). */
  all(): Iterable<AppSession>;
  readonly size: number;
}

export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, AppSession>();
  private lastSweep = 0;

  /** @param ttlSeconds idle time after which a session without an open stream is dropped. */
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(ttlSeconds: number, now: () => number = Date.now) {
    this.ttlSeconds = ttlSeconds;
    this.now = now;
  }

  get(id: string): AppSession | undefined {
    this.sweep();
    const s = this.sessions.get(id);
    if (s && this.expired(s)) {
      this.sessions.delete(id);
      return undefined;
    }
    return s;
  }

  add(session: AppSession): void {
    this.sweep();
    this.sessions.set(session.id, session);
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }

  all(): Iterable<AppSession> {
    this.sweep();
    return this.sessions.values();
  }

  get size(): number {
    return this.sessions.size;
  }

  private expired(s: AppSession): boolean {
    return !s.connected && !s.runner.running && this.now() - s.lastActivity > this.ttlSeconds * 1000;
  }

  /** Drops expired sessions, at most once a second (lazily: the core runs no timers of its own). */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [id, s] of this.sessions) if (this.expired(s)) this.sessions.delete(id);
  }
}
