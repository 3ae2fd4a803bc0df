// The hono app for one script: the page, the tab's stream, rerun posts (htmx and plain forms), static assets and
// health. Web-standard only (Request → Response), so every runtime serves it through a small adapter.
import { Hono } from "hono";
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
import { htmlRenderer } from "./render.tsx";
import { securityHeaders } from "./security.ts";
import { formatEvent, sseHeaders } from "./sse.ts";
import { renderPage } from "./page.ts";
import { readRerun } from "./read-rerun.ts";
import { BROWSER_COOKIE, serialWriter, streamHandler } from "./stream.ts";

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
    const { session, decoded, stale } = await readRerun(c, sessions, config);
    if (stale) return c.body(null, 204); // a newer post of this tab was already taken: nothing to do
    // A quick run (most are) is answered in one piece; a run still going after rerunBufferMs is streamed, so a
    // long run shows its elements as they are produced.
    let buffered = "";
    let live: ((text: string) => void) | null = null;
    let closed = false; // a newer post of this tab took over
    const listener: Listener = {
      kind: "post",
      send: (e) => {
        if (closed) return;
        if (live) live(formatEvent(e));
        else buffered += formatEvent(e);
      },
      close: () => void (closed = true),
    };
    const detach = session.attach(listener, decoded.lastEventId);
    const done = session.handleBackMsg(decoded.backMsg).finally(detach);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const quick = await Promise.race([
      done.then(() => true),
      new Promise<false>((r) => (timer = setTimeout(() => r(false), config.server.rerunBufferMs))),
    ]);
    clearTimeout(timer);
    if (quick) {
      const bytes = new TextEncoder().encode(buffered);
      return c.body(bytes, 200, { ...sseHeaders, "content-length": String(bytes.byteLength) });
    }
    for (const [k, v] of Object.entries(sseHeaders)) c.header(k, v);
    return streamBody(c, async (out) => {
      const write = serialWriter(out);
      let last = write(buffered);
      live = (text) => void (last = write(text));
      out.onAbort(() => void (closed = true));
      await done;
      await last;
    });
  });

  hono.post("/", async (c) => {
    const { session, decoded } = await readRerun(c, sessions, config);
    await session.handleBackMsg(decoded.backMsg);
    setCookie(c, NOJS_COOKIE, session.id, { path: "/", httpOnly: true, sameSite: "Strict", maxAge: 60 });
    return c.redirect("/", 303);
  });

  hono.get("/_sluice/stream", streamHandler(sessions, config));

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
        s.rerun({ widgetStates: null }).catch((error) => console.error("sluice: rerun after reload failed", error));
      }
    },
  };
}
