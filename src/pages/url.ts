// The session's URL: the page the next run shows (the path asked for) and the query parameters, with
// st.queryParams (Streamlit's st.query_params) as a proxy over them. Writes are told to `onWrite`, which sends
// ForwardMsg.page_info_changed; the tab then updates its address bar. Pure.
import { SluiceAPIError } from "../util/errors.ts";
import type { PagesHost, StreamlitPage } from "./page.ts";

/** Query parameters Streamlit keeps through clear() and page changes and never lets the app set. */
const EMBED = new Set(["embed", "embed_options"]);
const isEmbed = (k: string) => EMBED.has(k.toLowerCase());

const NONE: readonly never[] = Object.freeze([]); // shared by every session without a query or pages (most)

export class UrlState {
  /** The query as ordered pairs (a key may repeat); replaced, never changed in place. */
  query: readonly [string, string][] = NONE;
  /** The URL path of the page asked for ("" for the default page); kept until the browser or switchPage asks for another. */
  requested = "";
  /** The page the latest run's st.navigation selected (null: no navigation, a one-page app). */
  current: StreamlitPage | null = null;
  /** The pages of the latest navigation (st.switchPage and st.pageLink resolve against them). */
  pages: readonly StreamlitPage[] = NONE;
  /** The URL path asked for that no page has ("" when found); the default page ran instead. */
  notFound = "";
  /** How the current run chose its page: no navigation yet, the pages/ directory's, or st.navigation. */
  navigated: "" | "implicit" | "explicit" = "";
  /** Pages and module loading from outside (src/cli, AppTest), shared by the app's sessions. */
  host: PagesHost | null = null;

  /** The address bar's path for the current page: "/" for the default page (and a one-page app). */
  get path(): string {
    return this.current ? this.current.href : "/";
  }

  queryString(): string {
    return this.query.length ? new URLSearchParams(this.query as [string, string][]).toString() : "";
  }

  setQueryString(qs: string): void {
    this.query = [...new URLSearchParams(qs.startsWith("?") ? qs.slice(1) : qs)];
  }

  /** Replaces every parameter but embed/embed_options (switchPage, fromDict, clear). */
  replace(entries: Iterable<[string, unknown]>): void {
    const kept = this.query.filter(([k]) => isEmbed(k));
    this.query = kept;
    for (const [k, v] of entries) this.setValue(k, v);
  }

  get(key: string): string | undefined {
    for (let i = this.query.length - 1; i >= 0; i--) if (this.query[i]![0] === key) return this.query[i]![1];
    return undefined;
  }

  getAll(key: string): string[] {
    return this.query.filter(([k]) => k === key).map(([, v]) => v);
  }

  /** Sets a key to a value (an array sets it repeated); non-strings are stringified. */
  setValue(key: string, value: unknown): void {
    if (isEmbed(key)) throw new SluiceAPIError(`Query parameter "${key}" cannot be set by the app (embed and embed_options belong to the page embedding it).`);
    const values = Array.isArray(value) ? value : [value];
    const at = this.query.findIndex(([k]) => k === key);
    const rest = this.query.filter(([k]) => k !== key);
    const added = values.map((v) => [key, String(v)] as [string, string]);
    rest.splice(at < 0 ? rest.length : at, 0, ...added); // keeps the key's place in the URL
    this.query = rest;
  }

  delete(key: string): void {
    this.query = this.query.filter(([k]) => k !== key);
  }

  /** Last value per key (Streamlit's to_dict). */
  toDict(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.query) out[k] = v;
    return out;
  }

  /**
   * st.queryParams: `qp.tab`, `qp.tab = "x"`, `qp.tags = ["a", "b"]`, `delete qp.tab`, and the methods get, getAll,
   * has, toDict, fromDict, clear, delete, update. A key named like a method is read with `get("key")`.
   */
  proxy(onWrite: () => void): Record<string, any> {
    const url = this;
    const write = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => {
      f(...a);
      onWrite();
    };
    const methods: Record<string, unknown> = {
      get: (k: string, d?: unknown) => url.get(k) ?? d,
      getAll: (k: string) => url.getAll(k),
      has: (k: string) => url.query.some(([q]) => q === k),
      toDict: () => url.toDict(),
      toString: () => url.queryString(),
      fromDict: write((d: Record<string, unknown>) => url.replace(Object.entries(d))),
      update: write((d: Record<string, unknown>) => Object.entries(d).forEach(([k, v]) => url.setValue(k, v))),
      clear: write(() => url.replace([])),
      delete: write((k: string) => url.delete(k)),
    };
    const keys = () => [...new Set(url.query.map(([k]) => k))];
    return new Proxy(Object.create(null), {
      get: (_t, k) => (typeof k !== "string" ? undefined : Object.hasOwn(methods, k) ? methods[k] : url.get(k)),
      set: (_t, k, v) => {
        if (typeof k !== "string") return false;
        write(() => url.setValue(k, v))();
        return true;
      },
      has: (_t, k) => typeof k === "string" && url.query.some(([q]) => q === k),
      deleteProperty: (_t, k) => {
        if (typeof k === "string") write(() => url.delete(k))();
        return true;
      },
      ownKeys: () => keys(),
      getOwnPropertyDescriptor: (_t, k) =>
        typeof k === "string" && url.query.some(([q]) => q === k) ? { value: url.get(k), enumerable: true, configurable: true, writable: true } : undefined,
    });
  }
}
