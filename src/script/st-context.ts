// st.context: read-only facts about the browser's request — headers and cookies of the request that made the
// session (the page GET), its URL and client address, and what the glue reports with posts (time zone, locale,
// colour scheme, embedding). The data lives in SessionState.context; this module builds the read-only view.
import { ContextReadOnlyError } from "../util/errors.ts";

/** What st.context shows, as plain data (set by src/server/request-context.ts, or by AppTest's `context`). */
export interface ClientContext {
  /** Request headers, names lower-case, in order (the Cookie header without sluice's own cookies): pairs, or one
   *  "name: value" line per header (as the server keeps them). */
  headers?: readonly (readonly [string, string])[] | string;
  /** Cookies, without sluice's own (sluice_*). */
  cookies?: Readonly<Record<string, string>>;
  /** The URL the session was opened with. */
  url?: string;
  ipAddress?: string;
  locale?: string;
  timezone?: string;
  timezoneOffset?: number;
  /** "light" / "dark" when known. */
  theme?: "light" | "dark";
  isEmbedded?: boolean;
}

const refuse = (what: string) => () => {
  throw new ContextReadOnlyError(what);
};

/** A read-only, case-insensitive view of headers: get (values joined by ", "), getAll, has, keys, entries, …. */
export class ContextHeaders {
  readonly #map = new Map<string, string[]>();
  constructor(headers: readonly (readonly [string, string])[] | string = []) {
    const entries = typeof headers === "string" ? headers.split("\n").filter(Boolean).map((l) => { const at = l.indexOf(": "); return [l.slice(0, at), l.slice(at + 2)] as const; }) : headers;
    for (const [k, v] of entries) {
      const name = k.toLowerCase();
      this.#map.set(name, [...(this.#map.get(name) ?? []), v]);
    }
    Object.freeze(this);
  }
  /** The header's values joined by ", ", or null (as the Fetch API's Headers). */
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase())?.join(", ") ?? null;
  }
  /** Every value of a header (Streamlit's get_all). */
  getAll(name: string): string[] {
    return [...(this.#map.get(name.toLowerCase()) ?? [])];
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
  *entries(): IterableIterator<[string, string]> {
    for (const [k, v] of this.#map) yield [k, v.join(", ")];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(fn: (value: string, name: string) => void): void {
    for (const [k, v] of this.entries()) fn(v, k);
  }
  /** A plain object copy: name → value. */
  toDict(): Record<string, string> {
    return Object.fromEntries(this.entries());
  }
  get size(): number {
    return this.#map.size;
  }
  set = refuse(".headers");
  append = refuse(".headers");
  delete = refuse(".headers");
}

/** st.context.cookies: `cookies.name` or `cookies["name"]`, and get/has/toDict. */
export type ContextCookies = { readonly [name: string]: string | undefined } & {
  get(name: string, fallback?: string): string | undefined;
  has(name: string): boolean;
  toDict(): Record<string, string>;
};

/** Cookies as a frozen object with property access, plus get/has/toDict (writes throw). */
function cookieView(cookies: Readonly<Record<string, string>>): ContextCookies {
  const data = Object.freeze({ ...cookies });
  const methods: Record<string, unknown> = {
    get: (k: string, d?: string) => (Object.hasOwn(data, k) ? data[k] : d),
    has: (k: string) => Object.hasOwn(data, k),
    toDict: () => ({ ...data }),
  };
  return new Proxy(data as unknown as ContextCookies, {
    get: (t, k) => (typeof k === "string" && Object.hasOwn(t, k) ? t[k] : typeof k === "string" ? methods[k] : undefined),
    set: refuse(".cookies"),
    deleteProperty: refuse(".cookies"),
    defineProperty: refuse(".cookies"),
  });
}

/** st.context: every field a getter over `read()` (so it follows the session), and writes throw. */
export function contextView(read: () => ClientContext) {
  let cache: { from: ClientContext; headers: ContextHeaders; cookies: ContextCookies } | null = null;
  const parts = () => {
    const from = read();
    if (cache?.from !== from) cache = { from, headers: new ContextHeaders(from.headers), cookies: cookieView(from.cookies ?? {}) };
    return cache;
  };
  const view = {
    get headers() { return parts().headers; },
    get cookies() { return parts().cookies; },
    get url() { return read().url; },
    get ipAddress() { return read().ipAddress; },
    get locale() { return read().locale; },
    get timezone() { return read().timezone; },
    get timezoneOffset() { return read().timezoneOffset; },
    get theme() { const t = read().theme; return t ? Object.freeze({ type: t }) : undefined; },
    get isEmbedded() { return read().isEmbedded ?? false; },
  };
  return new Proxy(view, {
    set: (_t, k) => refuse("." + String(k))(),
    deleteProperty: (_t, k) => refuse("." + String(k))(),
    defineProperty: (_t, k) => refuse("." + String(k))(),
  });
}

export type StContext = ReturnType<typeof contextView>;
