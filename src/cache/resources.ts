// cacheResource's entries: the values themselves (a connection, a model, a client), shared by every session of
// this process. Per process by nature: a live object cannot be serialised into a shared store, so with several
// processes each holds its own (as Streamlit's replicas do). LRU per function (`maxEntries`) and per-entry ttl.

export interface ResourceEntry {
  readonly value: unknown;
  /** The function was async: a hit resolves to the value. */
  readonly async: boolean;
  readonly expires: number;
}

export class ResourceStore {
  private readonly groups = new Map<string, Map<string, ResourceEntry>>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  get(group: string, key: string): ResourceEntry | undefined {
    const entries = this.groups.get(group);
    const e = entries?.get(key);
    if (!e) return undefined;
    entries!.delete(key);
    if (e.expires && e.expires <= this.now()) return undefined;
    entries!.set(key, e); // most recently used last
    return e;
  }

  set(group: string, key: string, value: unknown, async: boolean, ttlMs = 0, maxEntries = Infinity): void {
    let entries = this.groups.get(group);
    if (!entries) this.groups.set(group, (entries = new Map()));
    entries.delete(key);
    entries.set(key, { value, async, expires: ttlMs > 0 ? this.now() + ttlMs : 0 });
    for (const k of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(k);
    }
  }

  delete(group: string, key: string): void {
    this.groups.get(group)?.delete(key);
  }

  /** Drops one function's entries, or every entry. */
  clear(group?: string): void {
    if (group === undefined) this.groups.clear();
    else this.groups.delete(group);
  }

  entries(group: string): number {
    const now = this.now();
    let n = 0;
    for (const e of this.groups.get(group)?.values() ?? []) if (!e.expires || e.expires > now) n++;
    return n;
  }
}
