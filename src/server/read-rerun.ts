// Reading a rerun post: the cross-site check, content type and size limits (also for a chunked body with no
// content-length), form parsing, the session, and decoding against its widgets. Any problem is a 4xx and leaves
// the session untouched.
import type { Context } from "hono";
import type { Config } from "../config.ts";
import type { AppSession } from "../session/session.ts";
import type { SessionStore } from "../session/store.ts";
import { BadRequestError } from "../util/errors.ts";
import { decodeRerun, fieldsOf, sessionIdOf, type FormFields } from "./form.ts";
import { recoverSession } from "./recover.ts";
import { checkSameOrigin } from "./security.ts";
import { requireOwner } from "./sessions-guard.ts";
import { takeContext } from "./request-context.ts";

/** How far a post's number may run ahead of the newest taken (a tab numbers its posts 1, 2, 3, … from its load). */
export const MAX_SEQ_AHEAD = 1000;

/** Reads, checks and decodes a rerun post. */
export async function readRerun(c: Context, sessions: SessionStore, config: Config, create?: () => AppSession) {
  checkSameOrigin(c.req.raw, config.server.allowedOrigins);
  const fields = await readForm(c, config.server.maxBodyBytes, {
    notForm: "A rerun is a form post (application/x-www-form-urlencoded or multipart/form-data).",
    tooLarge: `The request body is larger than ${config.server.maxBodyBytes} bytes.`,
  });
  const session = sessions.get(sessionIdOf(fields));
  if (!session) {
    // The session is gone: with `create`, a new one takes the form's values (src/server/recover.ts).
    if (create) {
      const recovered = await recoverSession(fields, create, shownPage(c)); // on the page the tab shows
      sessions.join(recovered.session.id); // a post is a live tab
      takeContext(c, config, recovered.session.state, fields, recovered.decoded.backMsg, true); // st.context
      return { ...recovered, stale: false, recovered: true };
    }
    c.header("hx-refresh", "true"); // htmx reloads the page, which starts a new session
    throw new BadRequestError("This session has expired. Reload the page to start a new one.", 410);
  }
  requireOwner(c, sessions, session); // another browser's session: 403, and nothing in it changes
  const decoded = decodeRerun(fields, session.state.registry);
  // A post number far ahead of the tab's would make every later post of the tab look stale (a frozen tab).
  if (decoded.seq > session.lastPostSeq + MAX_SEQ_AHEAD) {
    throw new BadRequestError(`_sluice_seq ${decoded.seq} is too far ahead of this tab's posts (${session.lastPostSeq}).`);
  }
  session.clientAck = decoded.lastEventId; // only ever raises it (AppSession.clientAck)
  takeContext(c, config, session.state, fields, decoded.backMsg, false); // st.context: the glue's ContextInfo
  // Every post carries all widget values: an older post arriving after a newer one would roll them back.
  const stale = decoded.seq > 0 && decoded.seq <= session.lastPostSeq;
  if (!stale && decoded.seq > 0) session.lastPostSeq = decoded.seq;
  return { session, decoded, stale, recovered: false };
}

/**
 * A form post's fields, its body read within `limit` bytes (a chunked body too): 415 for another content type, 413
 * past the limit, 400 for a body that is not form data. The same-origin check is the caller's.
 */
export async function readForm(c: Context, limit: number, messages: { notForm: string; tooLarge: string }): Promise<FormFields> {
  const type = c.req.header("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) throw new BadRequestError(messages.notForm, 415);
  const length = Number(c.req.header("content-length") ?? 0);
  if (length > limit) throw new BadRequestError(messages.tooLarge, 413);
  const body = await readLimited(c.req.raw, limit, c.req.header("content-length") !== undefined);
  if (body === null) throw new BadRequestError(messages.tooLarge, 413);
  let form: FormData | URLSearchParams;
  try {
    form = type.startsWith("multipart/")
      ? await new Response(body, { headers: { "content-type": type } }).formData()
      : new URLSearchParams(new TextDecoder().decode(body));
  } catch {
    throw new BadRequestError("The request body is not valid form data.");
  }
  return fieldsOf(form);
}

/**
 * The body as bytes, or null as soon as it grows past `limit` (the rest is never read). With a content-length
 * (already checked against the limit; the HTTP parser holds the body to it) the body is read in one piece, which
 * spares the Node adapter a web stream per post; a chunked body is read chunk by chunk.
 */
async function readLimited(req: Request, limit: number, sized: boolean): Promise<Uint8Array<ArrayBuffer> | null> {
  if (sized) {
    const bytes = new Uint8Array(await req.arrayBuffer());
    return bytes.byteLength > limit ? null : bytes;
  }
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.byteLength) - c.byteLength);
  return out;
}

/** The path and query of the page a post came from: htmx's HX-Current-URL, else the Referer, when same-origin. */
function shownPage(c: Context): string | undefined {
  const from = c.req.header("hx-current-url") ?? c.req.header("referer");
  if (!from) return undefined;
  try {
    const u = new URL(from);
    return u.host === new URL(c.req.url).host ? u.pathname + u.search : undefined;
  } catch {
    return undefined;
  }
}
