// The hono app for one script: the page, the tab's stream, rerun posts (htmx and plain forms), static assets and
// health. Web-standard only (Request → Response), so every runtime serves it through a small adapter.
import { Hono, type Context } from "hono";
import { stream as streamBody } from "hono/streaming";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import { resolveConfig, type Config, type PartialConfig } from "../config.ts";
import { stFactory } from "../elements/index.ts";
import type { AppFunction, StFactory } from "../script/runner.ts";
import { AppSession, type Listener } from "../session/session.ts";
import { MemorySessionStore, type SessionStore } from "../session/store.ts";
import { assets } from "../gen/assets.ts";
import { BadRequestError } from "../util/errors.ts";
import { randomId } from "../util/hash.ts";
import { decodeRerun, fieldsOf, sessionIdOf } from "./form.ts";
import { htmlRenderer } from "./render.ts";
import { checkSameOrigin, securityHeaders } from "./security.ts";
import { formatEvent, heartbeat, sseHeaders } from "./sse.ts";
import { renderPage } from "./page.ts";

export interface AppOptions {
  /** The app script's default export. */
  app: AppFunction;
  /** Shown as the page title until the app sets one. */
  title?: string;
  config?: PartialConfig;
  store?: SessionStore;
}

export interface SluiceServer {
  /** The hono app: `fetch` for any runtime, `request` for tests. */
  readonly hono: Hono;
  readonly fetch: (req: Request, ...rest: unknown[]) => Response | Promise<Response>;
  readonly config: Config;
  readonly sessions: SessionStore;
  /** Swaps in a new version of the app and reruns every session (rerun on save). */
  reload(app: AppFunction): void;
  /** Ends every open stream (browsers reconnect to whichever server answers next): call before closing. */
  shutdown(): void;
}

const NOJS_COOKIE = "sluice_nojs";
const REDACTED = "This app has encountered an error. The details are in the server's log (client.showErrorDetails is \"none\").";
const BROWSER_COOKIE = "sluice_browser";

/** `createApp({ app })`: a hono app serving one script. */
export function createApp(options: AppOptions): SluiceServer {
  const config = resolveConfig(options.config);
  const sessions = options.store ?? new MemorySessionStore(config.server.sessionTtl);
  let app = options.app;
  const title = options.title ?? "sluice";
  const hono = new Hono();

  // client.showErrorDetails "none": the app's exceptions show a generic message; the details go to the server log.
  const factory: StFactory =
    config.client.showErrorDetails === "full"
      ? stFactory
      : {
          create: stFactory.create,
          showError: (st, error) => {
            console.error("sluice: the app raised", error);
            stFactory.showError(st, new Error(REDACTED));
          },
        };

  const newSession = () => {
    if (sessions.size >= config.server.maxSessions) throw new BadRequestError("Too many sessions; try again later.", 429);
    const s = new AppSession(randomId(16), app, {
      eventLogSize: config.server.eventLogSize,
      renderer: htmlRenderer,
      factory,
    });
    sessions.add(s);
    return s;
  };

  hono.use("*", async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(securityHeaders)) c.res.headers.set(k, v);
  });

  hono.onError((err, c) => {
    if (err instanceof BadRequestError) return c.text(err.message, err.status);
    console.error("sluice: internal error", err);
    return c.text("Internal server error", 500); // no stack traces to the client
  });

  hono.get("/_sluice/health", (c) => c.text("ok"));

  hono.get("/_sluice/static/:name", (c) => {
    const name = c.req.param("name");
    const asset = Object.hasOwn(assets, name) ? assets[name] : undefined; // not "constructor", "__proto__", …
    if (!asset) return c.text("Not found", 404);
    const versioned = c.req.query("v") === asset.hash;
    return c.body(asset.body, 200, {
      "content-type": asset.type,
      "cache-control": versioned ? "public, max-age=31536000, immutable" : "no-cache",
      etag: `"${asset.hash}"`,
    });
  });

  hono.get("/", async (c) => {
    // A no-JavaScript post redirected here: show that session as it is now (post/redirect/get).
    const handoff = getCookie(c, NOJS_COOKIE);
    if (handoff) {
      deleteCookie(c, NOJS_COOKIE, { path: "/" });
      const s = sessions.get(handoff);
      if (s) return renderPage(c, s, { title, config, runFirst: false });
    }
    if (!getCookie(c, BROWSER_COOKIE)) setCookie(c, BROWSER_COOKIE, randomId(16), { path: "/", httpOnly: true, sameSite: "Lax" });
    return renderPage(c, newSession(), { title, config, runFirst: true });
  });

  hono.post("/_sluice/rerun", async (c) => {
    const { session, decoded } = await readRerun(c);
    for (const [k, v] of Object.entries(sseHeaders)) c.header(k, v);
    return streamBody(c, async (out) => {
      let closed = false;
      let writes = Promise.resolve();
      const listener: Listener = {
        kind: "post",
        send: (e) => void (writes = writes.then(() => (closed ? undefined : out.write(formatEvent(e)).then(() => undefined)))),
        close: () => void (closed = true),
      };
      const detach = session.attach(listener, decoded.lastEventId);
      out.onAbort(() => void (closed = true));
      try {
        await session.rerun({ widgetStates: decoded.widgetStates });
      } finally {
        detach();
        await writes;
      }
    });
  });

  hono.post("/", async (c) => {
    const { session, decoded } = await readRerun(c);
    await session.rerun({ widgetStates: decoded.widgetStates });
    setCookie(c, NOJS_COOKIE, session.id, { path: "/", httpOnly: true, sameSite: "Strict", maxAge: 60 });
    return c.redirect("/", 303);
  });

  /** Streams held open per browser (cookie), so idle tabs never use up the browser's 6 connections per host. */
  const heldStreams = new Map<string, number>();

  hono.get("/_sluice/stream", (c) => {
    const session = sessions.get(c.req.query("session") ?? "");
    if (!session) return c.text("Unknown or expired session", 404);
    const header = Number(c.req.header("last-event-id"));
    const asked = Number.isFinite(header) && header > 0 ? header : Number(c.req.query("after") ?? 0) || 0;
    const after = Math.max(asked, session.clientAck);
    for (const [k, v] of Object.entries(sseHeaders)) c.header(k, v);
    const browser = getCookie(c, BROWSER_COOKIE);
    const held = browser ? (heldStreams.get(browser) ?? 0) : 0;
    if (browser && held >= config.server.maxStreamsPerBrowser) {
      // Over the limit: answer with what is missing and close; the tab polls again after `retry` ms.
      const missed = session.eventsAfter(after);
      let text = formatEvent({ id: session.seq, data: "", retry: config.server.streamPollMs }).replace(/^id: .*\n/m, "");
      for (const e of missed) text += formatEvent(e);
      return c.body(text);
    }
    if (browser) heldStreams.set(browser, held + 1);
    const release = () => {
      if (!browser) return;
      const n = (heldStreams.get(browser) ?? 1) - 1;
      if (n <= 0) heldStreams.delete(browser);
      else heldStreams.set(browser, n);
    };
    return streamBody(c, async (out) => {
      let writes = Promise.resolve();
      let done!: () => void;
      const finished = new Promise<void>((r) => (done = r));
      const write = (text: string) => void (writes = writes.then(() => out.write(text).then(() => undefined)).catch(done));
      const listener: Listener = { kind: "stream", send: (e) => write(formatEvent(e)), close: done };
      // hx-sse applies `retry:` only from a message with data, hence the empty data line.
      write(formatEvent({ id: session.seq, data: "", retry: 1000 }).replace(/^id: .*\n/m, ""));
      const detach = session.attach(listener, after);
      const ping = setInterval(() => write(heartbeat()), config.server.heartbeatSeconds * 1000);
      out.onAbort(done);
      await finished;
      clearInterval(ping);
      detach();
      release();
    });
  });

  /** Reads, checks and decodes a rerun post. Any problem is a 4xx and leaves the session untouched. */
  async function readRerun(c: Context) {
    checkSameOrigin(c.req.raw, config.server.allowedOrigins);
    const type = c.req.header("content-type") ?? "";
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(type)) {
      throw new BadRequestError("A rerun is a form post (application/x-www-form-urlencoded or multipart/form-data).", 415);
    }
    const length = Number(c.req.header("content-length") ?? 0);
    if (length > config.server.maxBodyBytes) throw new BadRequestError(`The request body is larger than ${config.server.maxBodyBytes} bytes.`, 413);
    const body = await readLimited(c.req.raw, config.server.maxBodyBytes); // a chunked body has no content-length
    if (body === null) throw new BadRequestError(`The request body is larger than ${config.server.maxBodyBytes} bytes.`, 413);
    let form: FormData | URLSearchParams;
    try {
      form = type.startsWith("multipart/")
        ? await new Response(body, { headers: { "content-type": type } }).formData()
        : new URLSearchParams(new TextDecoder().decode(body));
    } catch {
      throw new BadRequestError("The request body is not valid form data.");
    }
    const fields = fieldsOf(form);
    const session = sessions.get(sessionIdOf(fields));
    if (!session) {
      c.header("hx-refresh", "true"); // htmx reloads the page, which starts a new session
      throw new BadRequestError("This session has expired. Reload the page to start a new one.", 410);
    }
    const decoded = decodeRerun(fields, session.state.registry);
    session.clientAck = Math.max(session.clientAck, decoded.lastEventId);
    return { session, decoded };
  }

  return {
    hono,
    fetch: (req: Request, ...rest: unknown[]) => hono.fetch(req, ...(rest as [])),
    config,
    sessions,
    shutdown() {
      for (const s of sessions.all()) s.dropStream();
    },
    reload(next: AppFunction) {
      app = next;
      for (const s of sessions.all()) {
        s.runner.setApp(next);
        void s.rerun({ widgetStates: null });
      }
    },
  };
}

/** The body as bytes, or null as soon as it grows past `limit` (the rest is never read). */
async function readLimited(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
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
