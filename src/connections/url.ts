// A SQL connection's settings → what to open: SQLAlchemy-style URLs (`sqlite:///data.db`, `postgresql://u:p@h/db`)
// or Streamlit's separate fields (dialect, host, port, database, username, password, query). Also hides passwords
// in anything shown.
import { ConnectionConfigError } from "../util/errors.ts";

/** Where an embedded SQLite connection lives when nothing says otherwise (relative to the working directory). */
export const DEFAULT_SQLITE_PATH = ".sluice/local.db";

export interface SqliteTarget {
  dialect: "sqlite";
  /** A file path (relative to the working directory) or ":memory:". */
  path: string;
}

export interface PostgresTarget {
  dialect: "postgresql";
  host: string;
  port: number;
  database: string;
  username: string;
  password: string;
  /** Query string options (e.g. sslmode). */
  query: Record<string, string>;
  /** Passed to the `postgres` client as they are (e.g. `{ max: 5 }`). */
  clientOptions: Record<string, unknown>;
}

export type SqlTarget = SqliteTarget | PostgresTarget;

/** `url` with any password replaced by `***` (for messages and `conn.url`). */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*:)[^@/]*@/i, "$1***@");
}

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

function dialectOf(scheme: string, shown: string): "sqlite" | "postgresql" {
  const base = scheme.toLowerCase().split("+")[0]!;
  if (base === "sqlite") return "sqlite";
  if (base === "postgresql" || base === "postgres") return "postgresql";
  throw new ConnectionConfigError(
    `The SQL dialect "${base}" (from ${shown}) is not supported: sluice connects to sqlite and postgresql. ` +
      "For another database, write a connection class (BaseConnection) and pass it as `type`.",
  );
}

/** Reads a connection's merged settings (secrets < options) into what to open. */
export function sqlTarget(settings: Readonly<Record<string, unknown>>): SqlTarget {
  const url = str(settings.url);
  const clientOptions = (settings.clientOptions ?? {}) as Record<string, unknown>;
  if (url) {
    const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/is.exec(url);
    if (!m) throw new ConnectionConfigError(`The connection url "${redactUrl(url)}" is not a URL such as "sqlite:///data.db" or "postgresql://user:password@host:5432/db".`);
    const dialect = dialectOf(m[1]!, `url "${redactUrl(url)}"`);
    if (dialect === "sqlite") {
      // SQLAlchemy: sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (memory)
      const rest = m[2]!.split("?")[0]!;
      if (rest && !rest.startsWith("/")) throw new ConnectionConfigError(`The SQLite url "${url}" names a host; write sqlite:///file.db (three slashes) for a file relative to the working directory.`);
      const path = decodeURIComponent(rest.slice(1));
      return { dialect, path: path || ":memory:" };
    }
    let parsed: URL;
    try {
      parsed = new URL(url.replace(/^[^:]+:/, "postgres:"));
    } catch {
      throw new ConnectionConfigError(`The connection url "${redactUrl(url)}" is not a valid PostgreSQL URL (postgresql://user:password@host:5432/database).`);
    }
    return {
      dialect,
      host: decodeURIComponent(parsed.hostname) || "localhost",
      port: parsed.port ? Number(parsed.port) : 5432,
      database: decodeURIComponent(parsed.pathname.replace(/^\//, "")),
      username: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      query: Object.fromEntries(parsed.searchParams),
      clientOptions,
    };
  }
  const named = str(settings.dialect);
  if (!named) return { dialect: "sqlite", path: str(settings.database) || DEFAULT_SQLITE_PATH };
  const dialect = dialectOf(named, `dialect "${named}"`);
  if (dialect === "sqlite") return { dialect, path: str(settings.database) || DEFAULT_SQLITE_PATH };
  const port = settings.port === undefined ? 5432 : Number(settings.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new ConnectionConfigError(`The connection's port ${str(settings.port)} is not a port number.`);
  return {
    dialect,
    host: str(settings.host) || "localhost",
    port,
    database: str(settings.database),
    username: str(settings.username),
    password: str(settings.password),
    query: Object.fromEntries(Object.entries((settings.query ?? {}) as Record<string, unknown>).map(([k, v]) => [k, str(v)])),
    clientOptions,
  };
}

/** How a target is shown (`conn.url`, messages): never with its password. */
export function describeTarget(t: SqlTarget): string {
  if (t.dialect === "sqlite") return `sqlite:///${t.path}`;
  const user = t.username ? `${encodeURIComponent(t.username)}${t.password ? ":***" : ""}@` : "";
  return `postgresql://${user}${t.host}:${t.port}/${t.database}`;
}
