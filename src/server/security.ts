// Security headers, the cross-site check for posts (Origin / Fetch-Metadata), and the Host allow-list that keeps a
// server on a loopback address from answering a DNS-rebinding page.
import { BadRequestError } from "../util/errors.ts";

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'", // column widths and heights are inline style attributes; no inline <style>
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

export const securityHeaders: Record<string, string> = {
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** True for an address that only this machine can reach: localhost, 127.x.x.x, ::1. */
export function isLoopback(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, "").replace(/^::ffff:(?=127\.)/, "");
  return a === "localhost" || a === "::1" || /^127(\.\d{1,3}){3}$/.test(a);
}

/**
 * When the server is bound to a loopback address, another site's page can still reach it through DNS rebinding
 * (evil.example resolving to 127.0.0.1): only Host localhost, 127.0.0.1, [::1] (any port) and
 * `server.allowedHosts` are served, as Jupyter and Django's ALLOWED_HOSTS do. A request whose client address is
 * known and not loopback came over a real network, so the server is not loopback-only (an adapter told to bind
 * 0.0.0.0 while server.address kept its default): it is served. With allowedHosts set, every request is checked.
 * Returns an error message, or null.
 */
export function checkHost(req: Request, address: string, allowedHosts: readonly string[], remote?: string): string | null {
  if (allowedHosts.length === 0 && (!isLoopback(address) || (remote !== undefined && !isLoopback(remote)))) return null;
  const host = (req.headers.get("host") ?? new URL(req.url).host).toLowerCase();
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
  const allowed = allowedHosts.map((h) => h.toLowerCase());
  if (LOOPBACK_HOSTS.includes(name) || allowed.includes(name) || allowed.includes(host)) return null;
  return `Host "${host.slice(0, 100)}" is not served here. This server answers localhost, 127.0.0.1 and [::1]; add other names to server.allowedHosts.`;
}

/** Rejects a state-changing request another site made the browser send. Non-browser clients send neither header. */
export function checkSameOrigin(req: Request, allowedOrigins: readonly string[]): void {
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if (origin && origin !== "null") {
    const own = new URL(req.url).origin;
    const host = req.headers.get("host");
    const originHost = safeHost(origin);
    if (origin === own || (host && originHost === host) || allowedOrigins.includes(origin)) return;
    throw new BadRequestError(`Cross-site request from ${origin} refused.`, 403);
  }
  if (site && site !== "same-origin" && site !== "none") throw new BadRequestError("Cross-site request refused.", 403);
  if (origin === "null") throw new BadRequestError("Request from an opaque origin refused.", 403);
}

const safeHost = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return "";
  }
};

/** True when an error only means the client went away mid-request (closed tab, aborted post): nothing to log. */
export function isClientAbort(err: unknown, req: Request): boolean {
  if (req.signal?.aborted) return true;
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string } } | null;
  if (!e) return false;
  const code = e.code ?? e.cause?.code ?? "";
  return e.name === "AbortError" || ["ECONNRESET", "ECONNABORTED", "EPIPE", "ERR_STREAM_PREMATURE_CLOSE"].includes(code) || /^(aborted|terminated)$|connection prematurely closed/i.test(e.message ?? "");
}
