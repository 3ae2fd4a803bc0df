// Where sessions live, and who may hold how many. The SessionStore interface is the seam for other stores (Redis,
// Durable Objects: later issues); the in-memory store keeps them in this process, binds each to the browser that
// made it, expires idle ones, and makes room for a newcomer by evicting the least recently used idle session.
import type { AppSession } from "./session.ts";

/** Who created a session: the browser's cookie, and its address where the runtime tells it. */
export interface SessionOwner {
  browser: string;
  address?: string;
}

export interface SessionStore {
  get(id: string): AppSession | undefined;
  /** Adds a session for the browser that created it (after `admit` made room); only that browser may use it. */
  add(session: AppSession, owner: SessionOwner): void;
  delete(id: string): void;
  /** Every live session (rerun on save reaches them all). */
  all(): Iterable<AppSession>;
  readonly size: number;
  /** The browser that created the session (requests from any other are refused). */
  ownerOf(id: string): SessionOwner | undefined;
  /** The tab showed it is alive (a join beacon, a post, a stream): the session gets the full TTL. */
  join(id: string): void;
  /** Unjoined sessions of a browser made within the unjoined TTL are joined (the no-JS page's beacon). */
  joinBrowser(browser: string): void;
  /** Makes room for one more session of `owner`: 0 when there is room, else seconds to wait before retrying. */
  admit(owner: SessionOwner): number;
}

export interface StoreLimits {
  /** Idle time after which a joined session without an open stream is dropped. */
  ttlSeconds: number;
  /** Time a session not yet joined by its tab lives. */
  unjoinedTtlSeconds: number;
  maxSessions: number;
  maxPerBrowser: number;
  maxPerAddress: number;
  /** Budget for the sessions' estimated bytes (trees and event logs). */
  maxBytes: number;
}

interface Entry {
  session: AppSession;
  owner: SessionOwner;
  joined: boolean;
  created: number;
  bytes: number;
  /** The session's lastActivity when `bytes` was measured. */
  measuredAt: number;
}

const UNLIMITED: StoreLimits = { ttlSeconds: 3600, unjoinedTtlSeconds: 3600, maxSessions: Infinity, maxPerBrowser: Infinity, maxPerAddress: Infinity, maxBytes: Infinity };

export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly perBrowser = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private lastSweep = 0;
  private bytes = 0;
  /** Sessions added since they were last measured (measured at the next admission, so a burst counts at once). */
  private readonly unmeasured = new Set<string>();
  private readonly limits: StoreLimits;
  private readonly now: () => number;

  /** @param limits the TTL in seconds alone (then no caps), or every limit. */
  constructor(limits: number | Partial<StoreLimits>, now: () => number = Date.now) {
    this.limits = typeof limits === "number" ? { ...UNLIMITED, ttlSeconds: limits, unjoinedTtlSeconds: limits } : { ...UNLIMITED, ...limits };
    this.now = now;
  }

  get(id: string): AppSession | undefined {
    this.sweep();
    const e = this.entries.get(id);
    if (e && this.expired(e)) {
      this.delete(id);
      return undefined;
    }
    return e?.session;
  }

  add(session: AppSession, owner: SessionOwner): void {
    this.sweep();
    this.delete(session.id, this.entries.get(session.id)?.session !== session);
    const now = this.now();
    this.entries.set(session.id, { session, owner, joined: false, created: now, bytes: 0, measuredAt: -1 });
    bump(this.perBrowser, owner.browser, 1);
    if (owner.address) bump(this.perAddress, owner.address, 1);
    this.unmeasured.add(session.id);
  }

  delete(id: string, dispose = true): void {
    const e = this.entries.get(id);
    if (!e) return;
    this.entries.delete(id);
    if (dispose) e.session.dispose(); // its fragment timers stop with it
    this.bytes -= e.bytes;
    bump(this.perBrowser, e.owner.browser, -1);
    if (e.owner.address) bump(this.perAddress, e.owner.address, -1);
  }

  all(): Iterable<AppSession> {
    this.sweep();
    return [...this.entries.values()].map((e) => e.session);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Estimated bytes all sessions hold (as of the last sweep). */
  get totalBytes(): number {
    return this.bytes;
  }

  ownerOf(id: string): SessionOwner | undefined {
    return this.entries.get(id)?.owner;
  }

  join(id: string): void {
    const e = this.entries.get(id);
    if (e) e.joined = true;
  }

  joinBrowser(browser: string): void {
    for (const e of this.entries.values()) if (e.owner.browser === browser && !this.expired(e)) e.joined = true;
  }

  admit(owner: SessionOwner): number {
    const l = this.limits;
    const retry = Math.max(1, Math.ceil(l.unjoinedTtlSeconds));
    for (const id of this.unmeasured) {
      const e = this.entries.get(id);
      if (e) this.measure(e);
    }
    this.unmeasured.clear();
    if (this.entries.size >= l.maxSessions || this.bytes > l.maxBytes) this.sweep(true);
    while ((this.perBrowser.get(owner.browser) ?? 0) >= l.maxPerBrowser) if (!this.evictIdle((e) => e.owner.browser === owner.browser)) return retry;
    while (owner.address && (this.perAddress.get(owner.address) ?? 0) >= l.maxPerAddress) if (!this.evictIdle((e) => e.owner.address === owner.address)) return retry;
    while (this.entries.size >= l.maxSessions) if (!this.evictIdle()) return retry;
    while (this.bytes > l.maxBytes) if (!this.evictIdle()) return retry;
    return 0;
  }

  private idle(e: Entry): boolean {
    return !e.session.connected && !e.session.runner.running;
  }

  private expired(e: Entry): boolean {
    if (!this.idle(e)) return false;
    const age = this.now() - Math.max(e.session.lastActivity, e.created);
    return age > (e.joined ? this.limits.ttlSeconds : this.limits.unjoinedTtlSeconds) * 1000;
  }

  /** Evicts one idle session matching `which`: never joined first (oldest), then least recently used. */
  private evictIdle(which: (e: Entry) => boolean = () => true): boolean {
    let victim: Entry | undefined;
    const rank = (e: Entry) => (e.joined ? 1 : 0) * 1e15 + Math.max(e.session.lastActivity, e.created);
    for (const e of this.entries.values()) if (which(e) && this.idle(e) && (!victim || rank(e) < rank(victim))) victim = e;
    if (!victim) return false;
    this.delete(victim.session.id);
    return true;
  }

  /**
   * Drops expired sessions and re-measures the recently active ones, at most once a second unless forced
   * (lazily: the core runs no timers of its own).
   */
  private sweep(force = false): void {
    const now = this.now();
    if (!force && now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [id, e] of this.entries) {
      if (this.expired(e)) {
        this.delete(id);
        continue;
      }
      if (e.measuredAt !== e.session.lastActivity || now - e.session.lastActivity < 5000) this.measure(e);
    }
  }

  private measure(e: Entry): void {
    const b = e.session.byteEstimate();
    this.bytes += b - e.bytes;
    e.bytes = b;
    e.measuredAt = e.session.lastActivity;
  }
}

function bump(m: Map<string, number>, key: string, by: number): void {
  const n = (m.get(key) ?? 0) + by;
  if (n <= 0) m.delete(key);
  else m.set(key, n);
}
