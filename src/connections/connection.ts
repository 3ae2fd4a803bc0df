// st.connection(name, options): resolves a connection's type and settings (`[connections.NAME]` in secrets,
// overridden by the options) and returns the one connection for them, shared by every session and rerun.
import type { DeltaGenerator } from "../elements/dg.ts";
import { ConnectionConfigError, ConnectionSecretsError } from "../util/errors.ts";
import { BaseConnection, stableKey, type ConnectionInit } from "./base.ts";
import { dataQueries, resourceConnections, type ConnectionStore, type QueryCache } from "./cache.ts";
import type { Secrets } from "../script/secrets.ts";
import { SQLConnection } from "./sql.ts";
import type { ConnectionEnv } from "./types.ts";

/** A connection class st.connection can make (a BaseConnection subclass). */
export type ConnectionClass<C extends BaseConnection<any> = BaseConnection<any>> = new (name: string, init: ConnectionInit) => C;

export interface ConnectionOptions {
  /** "sql", or a BaseConnection subclass. Default: `type` in `[connections.NAME]`, else "sql" when the name is "sql" or a `url` / `dialect` is set. */
  type?: "sql" | ConnectionClass;
  /** Default ttl of the connection's cached queries (seconds or "10m"); none: until cleared. */
  ttl?: number | string | null;
  /** Settings, overriding `[connections.NAME]`: url, dialect, host, port, database, username, password, … */
  [setting: string]: unknown;
}

const builtin: Record<string, ConnectionClass> = { sql: SQLConnection };

const classIds = new WeakMap<Function, number>();
let classCount = 0;
const classId = (c: Function) => {
  if (!classIds.has(c)) classIds.set(c, ++classCount);
  return `${c.name || "class"}#${classIds.get(c)}`;
};

/** `[connections.NAME]` of st.secrets, as a plain object (the values, not the redacting view). */
function sectionOf(secrets: Secrets | undefined, name: string): Record<string, unknown> | undefined {
  const all = secrets?.get("connections") as Secrets | undefined;
  const section = typeof all?.get === "function" ? (all.get(name) as Secrets | undefined) : undefined;
  return typeof section?.toDict === "function" ? section.toDict() : undefined;
}

/** The query cache and connection store of an env (its own, or cacheResource / cacheData of the app's cache). */
export function storesOf(env: ConnectionEnv): { connections: ConnectionStore; queries: QueryCache } {
  return { connections: env.connections ?? resourceConnections, queries: env.queries ?? dataQueries };
}

/** Makes (or reuses) the connection `name` for `env`. */
export function openConnection<C extends BaseConnection<any>>(env: ConnectionEnv, secrets: Secrets | undefined, name: string, options: ConnectionOptions = {}): C {
  if (typeof name !== "string" || !name) throw new ConnectionConfigError("st.connection needs a name, e.g. st.connection(\"local\", { type: \"sql\" }).");
  const section = sectionOf(secrets, name);
  // maxEntries (Streamlit's, for its connection cache) is accepted and not used: one connection per settings here.
  const { type: given, ttl, maxEntries: _maxEntries, ...settings } = options;
  // Streamlit infers "sql" from the name only; a section that names a database (url / dialect) is SQL too.
  const sqlish = name === "sql" || section?.url !== undefined || section?.dialect !== undefined || settings.url !== undefined;
  const type = given ?? (section?.type as ConnectionOptions["type"]) ?? (sqlish ? "sql" : undefined);
  if (type === undefined) {
    throw new ConnectionSecretsError(
      section
        ? `The connection "${name}" has no type: add type = "sql" to [connections.${name}] in .sluice/secrets.toml, or pass { type: "sql" }.`
        : `No [connections.${name}] section in the app's secrets (.sluice/secrets.toml), and st.connection("${name}") was given no type: ` +
            `pass { type: "sql" } (an embedded SQLite file by default), or a connection class.`,
    );
  }
  const cls = typeof type === "function" ? type : builtin[String(type)];
  if (!cls) throw new ConnectionConfigError(`Unknown connection type "${String(type)}": use "sql", or pass a class that extends BaseConnection.`);
  if (typeof type === "function" && !(type.prototype instanceof BaseConnection)) {
    throw new ConnectionConfigError(`The connection type ${type.name || "given"} does not extend BaseConnection (import { BaseConnection } from "sluice").`);
  }
  const { type: _t, ...secretSettings } = section ?? {};
  const params = { ...secretSettings, ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)) };
  const stores = storesOf(env);
  const key = `${name}\u0000${classId(cls)}\u0000${stableKey(params)}\u0000${stableKey(ttl ?? null)}`;
  const conn = stores.connections.get(key, () => new cls(name, { secrets: section ?? {}, params, ttl, key, env, queries: stores.queries })) as C;
  // Secrets edited while serving: the connection made from the old [connections.NAME] is closed, as Streamlit
  // resets it (it would otherwise hold its socket or file until the process ends).
  const slot = `${name}\u0000${classId(cls)}\u0000${stableKey(settings)}\u0000${stableKey(ttl ?? null)}`;
  const latest = (env.latest ??= new Map());
  const before = latest.get(slot);
  if (before && before !== conn) before.reset().catch(() => {}); // closing is best effort: the new one is in use
  latest.set(slot, conn);
  return conn;
}

/** `st.connection(name, options)` (registered on st). */
export function connection(dg: DeltaGenerator, name: string, options?: ConnectionOptions): BaseConnection<any> {
  return openConnection(dg.runner.env, dg.runner.secrets(), name, options);
}
