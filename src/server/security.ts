// Security headers and the cross-site check for posts (Origin / Fetch-Metadata).
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
};

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
