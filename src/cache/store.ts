// The CacheStore seam cacheData keeps its entries behind (serialised bytes, so a shared store such as Redis can
// hold them later), and the process-memory implementation: LRU over all functions by estimated bytes, at most
// `maxEntries` per function, and per-entry ttl.

type Awaitable<T> = T | Promise<T>;

export interface SetOptions {
  /** The function the entry belongs to (the key prefix `clear(group)` and `stats(group)` use). */
  readonly group: string;
  /** Milliseconds the entry lives (0 or absent: until evicted). */
  readonly ttlMs?: number;
  /** Entries the group may hold; the least recently used goes first. */
  readonly maxEntries?: number;
}

export interface StoreStats {
  entries: number;
  bytes: number;
}

/**
 * Where cacheData's values live, as bytes. Methods may answer synchronously (the memory store does, so a cached
 * sync function stays sync) or with a promise (a network store: its cached functions then return promises).
 */
export interface CacheStore {
  get(key: string): Awaitable<Uint8Array | undefined>;
  set(key: string, value: Uint8Array, options: SetOptions): Awaitable<void>;
  delete(key: string): Awaitable<void>;
  /** Deletes the entries of one group, or every entry. */
  clear(group?: string): Awaitable<void>;
  stats(group?: string): Awaitable<StoreStats>;
}

interface Entry {
  readonly value: Uint8Array;
  readonly group: string;
  readonly expires: number;
}

export interface MemoryCacheOptions {
  /** Bytes all entries may hold together; the least recently used are evicted past it. */
  maxBytes?: number;
  /** The clock (milliseconds), for tests. */
  now?: () => number;
}

/** Entries in one process's memory. A value bigger than `maxBytes` is not kept. */
export class MemoryCacheStore implements CacheStore {
  /** In least-recently-used-first order (a hit moves its entry to the end). */
  private readonly entries = new Map<string, Entry>();
  private readonly groups = new Map<string, Set<string>>();
  private bytes = 0;
  maxBytes: number;
  private readonly now: () => number;

  constructor(options: MemoryCacheOptions = {}) {
    this.maxBytes = options.maxBytes ?? 256 << 20;
    this.now = options.now ?? Date.now;
  }

  get(key: string): Uint8Array | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires && e.expires <= this.now()) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: Uint8Array, options: SetOptions): void {
    this.delete(key);
    if (value.length > this.maxBytes) return;
    const ttl = options.ttlMs ?? 0;
    this.entries.set(key, { value, group: options.group, expires: ttl > 0 ? this.now() + ttl : 0 });
    let group = this.groups.get(options.group);
    if (!group) this.groups.set(options.group, (group = new Set()));
    group.add(key);
    this.bytes += value.length;
    const max = options.maxEntries ?? Infinity;
    if (group.size > max) {
      for (const k of this.entries.keys()) {
        if (group.size <= max) break;
        if (group.has(k)) this.delete(k);
      }
    }
    for (const k of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(k);
    }
  }

  delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.value.length;
    const group = this.groups.get(e.group)!;
    group.delete(key);
    if (!group.size) this.groups.delete(e.group);
  }

  clear(group?: string): void {
    if (group === undefined) {
      this.entries.clear();
      this.groups.clear();
      this.bytes = 0;
      return;
    }
    for (const k of [...(this.groups.get(group) ?? [])]) this.delete(k);
  }

  stats(group?: string): StoreStats {
    const now = this.now();
    let entries = 0, bytes = 0;
    for (const k of group === undefined ? this.entries.keys() : (this.groups.get(group) ?? [])) {
      const e = this.entries.get(k)!;
      if (e.expires && e.expires <= now) continue;
      entries++;
      bytes += e.value.length;
    }
    return { entries, bytes };
  }
}
