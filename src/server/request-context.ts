// st.context's facts from HTTP: the page request's headers, cookies, URL and client address when the session is
// made, and the ContextInfo the glue adds to each post (time zone, locale, URL, embedding, colour scheme). sluice's
// own cookies (sluice_*: the browser id, hand-offs, the theme choice) are left out of both cookies and the Cookie
// header, so an app cannot log or forward them.
import type { Context } from "hono";
import type { Config } from "../config.ts";
import type { sluice } from "../gen/proto.js";
import type { ClientContext } from "../script/st-context.ts";
import { isLoopback } from "./security.ts";
import { clientAddress } from "./sessions-guard.ts";
import { schemeOf, themeChoice } from "./theme.ts";
import type { FormFields } from "./form.ts";

const OWN = /^sluice_/;
/** The glue's cookie with the browser's time zone, offset and locale (so a reload's first run has them). */
export const CLIENT_COOKIE = "sluice_client";

function parseCookies(header: string): [string, string][] {
  const out: [string, string][] = [];
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    let value = part.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as sent
    }
    if (name) out.push([name, value]);
  }
  return out;
}

/** The facts of the request that makes a session (the page GET, or a post that recovers an expired session). */
export function requestContext(c: Context, config: Config): ClientContext {
  const all = parseCookies(c.req.header("cookie") ?? "");
  const theirs = all.filter(([k]) => !OWN.test(k));
  // Kept for the session's life: one "name: value" line per header, a string being the smallest form (idle heap).
  const lines: string[] = [];
  c.req.raw.headers.forEach((value, name) => {
    if (name !== "cookie") lines.push(`${name}: ${value}`);
  });
  if (theirs.length) lines.push(`cookie: ${theirs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("; ")}`);
  const headers = lines.join("\n");
  const address = clientAddress(c, config);
  const ctx: ClientContext = {
    headers,
    cookies: theirs.length ? Object.fromEntries(theirs) : undefined,
    url: c.req.url,
    ipAddress: address && !isLoopback(address) ? address : undefined, // as Streamlit: none for a local browser
    locale: /^\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)/.exec(c.req.header("accept-language") ?? "")?.[1],
    theme: schemeOf(themeChoice(c, config.theme), config.theme),
  };
  const kept = all.find(([k]) => k === CLIENT_COOKIE)?.[1];
  if (kept) Object.assign(ctx, fromCookie(kept));
  return ctx;
}

/** "zone|offset|locale", as static/glue/70-theme.js writes it. */
function fromCookie(v: string): Partial<ClientContext> {
  const [tz, off, locale] = v.split("|");
  return clean({ timezone: tz, timezoneOffset: off === undefined || off === "" ? undefined : Number(off), locale });
}

/** The ContextInfo of a post's _sluice_ctx_* fields (absent without JavaScript), or undefined. */
export function contextInfoOf(fields: FormFields): sluice.IContextInfo | undefined {
  const get = (k: string) => fields.get(`_sluice_ctx_${k}`)?.[0];
  if (get("tz") === undefined && get("locale") === undefined) return undefined;
  const off = Number(get("offset"));
  const info: sluice.IContextInfo = {
    timezone: (get("tz") ?? "").slice(0, 64),
    locale: (get("locale") ?? "").slice(0, 35),
    url: (get("url") ?? "").slice(0, 4096),
    isEmbedded: get("embedded") === "1",
    colorScheme: get("scheme") === "dark" ? "dark" : get("scheme") === "light" ? "light" : "",
  };
  if (Number.isInteger(off) && Math.abs(off) <= 24 * 60) info.timezoneOffset = off;
  return info;
}

/** st.context after a post's ContextInfo: what the browser said replaces what the page request implied. */
export function withContextInfo(ctx: ClientContext, info: sluice.IContextInfo): ClientContext {
  let url = ctx.url;
  try {
    if (info.url && ctx.url && new URL(info.url).origin === new URL(ctx.url).origin) url = info.url; // same site only
  } catch {
    // not a URL: kept
  }
  const scheme = info.colorScheme === "dark" || info.colorScheme === "light" ? info.colorScheme : undefined;
  return {
    ...ctx,
    ...clean({ timezone: info.timezone || undefined, locale: info.locale || undefined, theme: scheme }),
    ...(info.timezoneOffset !== undefined && info.timezoneOffset !== null ? { timezoneOffset: info.timezoneOffset } : {}),
    url,
    isEmbedded: !!info.isEmbedded,
  };
}

/** Reads a post's ContextInfo into its ClientState and the session's st.context; a new session also takes the request's. */
export function takeContext(c: Context, config: Config, state: { context: ClientContext }, fields: FormFields, backMsg: sluice.IBackMsg, fresh: boolean): void {
  if (fresh) state.context = requestContext(c, config);
  const info = contextInfoOf(fields);
  if (!info) return;
  if (backMsg.rerunScript) backMsg.rerunScript.contextInfo = info;
  state.context = withContextInfo(state.context, info);
}

function clean<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== "" && !(typeof v === "number" && Number.isNaN(v))) (out as any)[k] = v;
  return out;
}
