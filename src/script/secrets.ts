// st.secrets: a read-only view of the app's secrets, which the host hands the core as a plain object
// (createApp({ secrets }), AppTest; the CLI and the adapters' loadSecrets read .sluice/secrets.toml). Key and
// attribute access alike; a missing key throws SecretNotFoundError; printing it shows keys, never values.
import { SecretNotFoundError, SecretsReadOnlyError } from "../util/errors.ts";
import { closest } from "../util/closest.ts";

/** Where a secrets object came from, for error messages: a loader attaches it to the object it returns (non-enumerable). */
export const SECRETS_SOURCES = Symbol.for("sluice.secrets.sources");

export interface SecretsSources {
  /** Every file looked at, in the order read (later wins). */
  searched: string[];
  /** Those that existed. */
  found: string[];
}

/** What `st.secrets` (and each nested table of it) offers besides its keys. */
export interface SecretsMethods {
  /** Whether this table has `key` (also `"key" in st.secrets`). */
  has(key: string): boolean;
  /** The value of `key`, or `fallback` when there is none (no error). */
  get(key: string, fallback?: unknown): any;
  /** A plain, mutable deep copy of the values (Streamlit's to_dict): only where you mean to hand them on. */
  toDict(): Record<string, unknown>;
  /** Keys only: `Secrets { db, apiKey }`. */
  toString(): string;
  /** Keys only, every value "[redacted]" (so st.write / JSON.stringify show the shape, never a value). */
  toJSON(): Record<string, unknown>;
}

/**
 * `st.secrets`: read-only, `st.secrets.db.password` or `st.secrets["db"]["password"]`.
 * @example
 * const conn = await connect(st.secrets.db.url);
 * if (st.secrets.has("apiKey")) useKey(st.secrets.apiKey);
 */
export type Secrets = SecretsMethods & { readonly [key: string]: any };

const REDACTED = "[redacted]";
const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const METHODS = new Set(["has", "get", "toDict", "toString", "toJSON"]);

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

function deepFreeze<T>(v: T): T {
  if (typeof v === "object" && v !== null && !(v instanceof Date)) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

function redact(table: Table): Table {
  const out: Table = {};
  for (const [k, v] of Object.entries(table)) out[k] = isTable(v) ? redact(v) : REDACTED;
  return out;
}

function describeSources(s: SecretsSources | undefined): string {
  if (!s) return "The secrets were given as an object (createApp({ secrets }) / AppTest's secrets), without this key.";
  if (!s.searched.length) return "No secrets were given: `sluice run` reads .sluice/secrets.toml; createApp and AppTest take { secrets }.";
  const list = s.searched.map((f) => `${f} (${s.found.includes(f) ? "found" : "not found"})`).join(", ");
  if (!s.found.length) return `No secrets found: create .sluice/secrets.toml. Searched: ${list}.`;
  return `Searched: ${list}.`;
}

/**
 * Wraps a plain object as st.secrets. The values are copied and frozen; the view holds them in a closure, so the
 * object that inspection tools see (the proxy's target) carries no value.
 */
export function createSecrets(values: Record<string, unknown> = {}, sources?: SecretsSources): Secrets {
  const from = sources ?? (values as { [SECRETS_SOURCES]?: SecretsSources })[SECRETS_SOURCES];
  const data = deepFreeze(structuredClone({ ...values })) as Table;
  const views = new Map<string, Secrets>();
  const view = (table: Table, path: string): Secrets => {
    let v = views.get(path);
    if (!v) views.set(path, (v = tableView(table, path, from, view)));
    return v;
  };
  return view(data, "");
}

function tableView(table: Table, path: string, sources: SecretsSources | undefined, view: (t: Table, p: string) => Secrets): Secrets {
  const at = (k: string) => (path ? `${path}.${k}` : k);
  const has = (k: string) => Object.hasOwn(table, k);
  const read = (k: string) => {
    const v = table[k];
    return isTable(v) ? view(v, at(k)) : v instanceof Date ? new Date(v) : v;
  };
  const missing = (k: string): never => {
    const near = closest(k, Object.keys(table));
    throw new SecretNotFoundError(at(k), (near ? `Did you mean "${at(near)}"? ` : "") + describeSources(sources));
  };
  const label = () => `Secrets${path ? ` ${path}` : ""} { ${Object.keys(table).join(", ")} }`;
  const methods: SecretsMethods = {
    has: (k) => has(String(k)),
    get: (k, fallback) => (has(String(k)) ? read(String(k)) : fallback),
    toDict: () => structuredClone(table) as Table,
    toString: label,
    toJSON: () => redact(table),
  };
  // The target holds only the redacted printers: Node's console shows a proxy's target without running its traps.
  const target = {
    [INSPECT]: label,
    [Symbol.toStringTag]: "Secrets",
    toString: label,
    toJSON: methods.toJSON,
  };
  const readOnly = (k: string | symbol): never => {
    throw new SecretsReadOnlyError(at(String(k)));
  };
  return new Proxy(target, {
    get(t, k) {
      if (typeof k === "symbol") return Reflect.get(t, k);
      if (METHODS.has(k)) return methods[k as keyof SecretsMethods];
      if (has(k)) return read(k);
      if (k === "then" || k === "constructor") return undefined; // not a thenable; probes for a class get nothing
      if (k in Object.prototype) return (Object.prototype as Record<string, unknown>)[k];
      return missing(k);
    },
    has: (_t, k) => typeof k === "string" && has(k),
    ownKeys: () => Object.keys(table),
    getOwnPropertyDescriptor: (_t, k) =>
      typeof k === "string" && has(k) ? { value: read(k), enumerable: true, configurable: true, writable: false } : undefined,
    set: (_t, k) => readOnly(k),
    deleteProperty: (_t, k) => readOnly(k),
    defineProperty: (_t, k) => readOnly(k),
    setPrototypeOf: () => readOnly("(prototype)"),
  }) as unknown as Secrets;
}

/** st.secrets when the host gave none: every key is missing, with a message saying where secrets come from. */
export const noSecrets: Secrets = createSecrets({}, { searched: [], found: [] });

/**
 * Root-level secrets Streamlit also exports as environment variables: strings and numbers (not tables, arrays or
 * booleans), as strings. The host (the CLI) sets those that are not set already.
 */
export function rootEnvVars(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === "string" || typeof v === "number") out[k] = String(v);
  return out;
}
