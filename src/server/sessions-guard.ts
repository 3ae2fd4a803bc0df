// Who may create and use a session: the browser cookie a session is bound to (posts, streams and the no-JS
// hand-off check it), the client's address where the runtime tells it, and admission of new sessions (no session
// for a cross-site subresource; per-client caps and eviction are the store's).
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Config } from "../config.ts";
import type { AppSession } from "../session/session.ts";
import type { SessionOwner, SessionStore } from "../session/store.ts";
import { BadRequestError } from "../util/errors.ts";
import { randomId } from "../util/hash.ts";

export const BROWSER_COOKIE = "sluice_browser";
/** The header the tab's stream (and its join beacon) names its session with: the id stays out of URLs and logs. */
export const SESSION_HEADER = "x-sluice-session";

const COOKIE_VALUE = /^[0-9a-f]{32}$/;

/** True when the client reached us over TLS (directly, or per X-Forwarded-Proto behind a trusted proxy). */
export function isSecure(c: Context, config: Config): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return config.server.trustProxy && (c.req.header("x-forwarded-proto") ?? "").split(",")[0]!.trim() === "https";
}

/** Cookie options: HttpOnly, SameSite, and Secure behind TLS. */
export const cookieOptions = (c: Context, config: Config, sameSite: "Lax" | "Strict") =>
  ({ path: "/", httpOnly: true, sameSite, secure: isSecure(c, config) }) as const;

/** The browser's id from its cookie, if it has a well-formed one. */
export function browserOf(c: Context): string | undefined {
  const v = getCookie(c, BROWSER_COOKIE);
  return v && COOKIE_VALUE.test(v) ? v : undefined;
}

/** The browser's id, giving it a new cookie when it has none. */
export function ensureBrowser(c: Context, config: Config): string {
  const existing = browserOf(c);
  if (existing) return existing;
  const id = randomId(16);
  setCookie(c, BROWSER_COOKIE, id, cookieOptions(c, config, "Lax"));
  return id;
}

/**
 * The client's address where the runtime passes it (what hono's getConnInfo reads per runtime, duck-typed so the
 * core imports nothing runtime-specific): @hono/node-server's `incoming`, Deno.serve's `remoteAddr`, Bun's
 * `requestIP`. In memory (tests, Workers) there is none. Behind a trusted proxy: the last X-Forwarded-For hop.
 */
export function clientAddress(c: Context, config: Config): string | undefined {
  if (config.server.trustProxy) {
    const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    if (hops.length) return hops[hops.length - 1];
  }
  const env = c.env as Record<string, unknown> | undefined;
  if (!env || typeof env !== "object") return undefined;
  try {
    const node = (env.incoming as { socket?: { remoteAddress?: string } } | undefined)?.socket?.remoteAddress;
    if (node) return node;
    const deno = (env.remoteAddr as { hostname?: string } | undefined)?.hostname;
    if (deno) return deno;
    if (typeof env.requestIP === "function") return (env.requestIP as (r: Request) => { address?: string } | null)(c.req.raw)?.address;
  } catch {
    // an environment of another shape: no address
  }
  return undefined;
}

/** True over HTTP/2, where a `Connection` header is forbidden (node's http2 compatibility request says so). */
export function isHttp2(c: Context): boolean {
  const incoming = (c.env as { incoming?: { httpVersionMajor?: number } } | undefined)?.incoming;
  return (incoming?.httpVersionMajor ?? 1) >= 2;
}

/**
 * A GET that would create a session: refused when another site made the browser load the page as a subresource
 * (an <img>, <script> or fetch pointed at us: Sec-Fetch-Dest other than document), so a cross-site page cannot
 * fill the store; then the store makes room (or says when to retry: 429 with Retry-After).
 */
export function admitNewSession(c: Context, sessions: SessionStore, config: Config): SessionOwner {
  const site = c.req.header("sec-fetch-site");
  const dest = c.req.header("sec-fetch-dest");
  if (site === "cross-site" && dest && dest !== "document") {
    throw new BadRequestError(`A page of this app cannot be loaded by another site as ${dest === "empty" ? "a fetch" : `an ${dest}`}.`, 403);
  }
  const owner: SessionOwner = { browser: ensureBrowser(c, config), address: clientAddress(c, config) };
  const wait = sessions.admit(owner);
  if (wait > 0) {
    c.header("retry-after", String(wait));
    throw new BadRequestError("Too many sessions are active; try again in a moment.", 429);
  }
  return owner;
}

/** True when this request comes from the browser that created the session. */
export function ownsSession(c: Context, sessions: SessionStore, session: AppSession): boolean {
  const owner = sessions.ownerOf(session.id);
  const browser = browserOf(c);
  return !!owner && !!browser && owner.browser === browser;
}

/** A post into a session must come from its browser; then the tab is joined (alive). Nothing of the session leaks. */
export function requireOwner(c: Context, sessions: SessionStore, session: AppSession): void {
  if (!ownsSession(c, sessions, session)) {
    c.header("hx-refresh", "true"); // a tab of this browser reloads into a session of its own
    throw new BadRequestError("This session belongs to another browser. Reload the page to start your own.", 403);
  }
  sessions.join(session.id);
}
