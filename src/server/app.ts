// The hono app for one script: the page, the tab's stream, rerun posts (htmx and plain forms), static assets and
// health. Web-standard only (Request → Response), so every runtime serves it through a small adapter.
import { Hono, type Context } from "hono";
import { stream as streamBody } from "hono/streaming";
import { resolveConfig, type Config, type PartialConfig } from "../config.ts";
import { stFactory } from "../elements/index.ts";
import type { AppFunction, StFactory } from "../script/runner.ts";
import { AppSession, type Listener } from "../session/session.ts";
import { MemorySessionStore, type SessionStore } from "../session/store.ts";
import { BadRequestError } from "../util/errors.ts";
import { randomId } from "../util/hash.ts";
import { htmlRenderer } from "./render.tsx";
import { serveAsset } from "./assets-route.ts";
import { checkHost, isClientAbort, securityHeaders } from "./security.ts";
import { admitNewSession, browserOf, clientAddress, cookieOptions, isHttp2, ownsSession, SESSION_HEADER } from "./sessions-guard.ts";
import { compression, webCompressor, type Compressor } from "./compress.ts";
import { formatEvent, sseHeaders } from "./sse.ts";
import { readRerun } from "./read-rerun.ts";
import { ErrorPage } from "../../templates/error-page.tsx";
import { toHtml } from "../../templates/node.tsx";
import { configurePrepared } from "../../templates/prepare.ts";
import { serialWriter, streamHandler, writerLimits } from "./stream.ts";
import { recoveredPreamble } from "./recover.ts";
import { pageRoutes } from "./routes-page.ts";
import { withPages } from "../pages/app.ts";
import type { PageModule, PagesHost } from "../pages/page.ts";
import { fragmentScope } from "../script/fragments.ts";
import type { ConnectionEnv, SqliteDriver } from "../connections/types.ts";
import { bindCacheHost, processCacheHost, type CacheHost } from "../cache/host.ts";
import { createSecrets } from "../script/secrets.ts";
import { createLogger } from "../util/logger.ts";
import { mountTheme } from "./theme.ts";
import { requestContext } from "./request-context.ts";

export interface AppOptions {
  /** The app script's default export. */
  app: AppFunction;
  /** Shown as the page title until the app sets one. */
  title?: string;
  config?: PartialConfig;
  store?: SessionStore;
  /** SQLite for st.connection; the serve helpers (sluice/node, /bun, /deno) provide the runtime's own. */
  sqlite?: SqliteDriver;
  /** The caches cacheData / cacheResource use in this app's runs. Default: the process's memory caches. */
  cache?: CacheHost;
  /** The app's secrets as a plain object (st.secrets; the CLI and loadSecrets read .sluice/secrets.toml). Default none. */
  secrets?: Record<string, unknown>;
  /**
   * Pages from outside (src/pages/page.ts): `pages`, the modules of pages/ beside the app (the CLI discovers them);
   * `loadModule`, how `st.Page("pages/x.ts")` loads a module; `mainFile`, the app's file name.
   */
  pages?: PagesHost | readonly PageModule[];
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
  /** The runtime's flushing compressor (adapters pass node:zlib's); without one, CompressionStream or identity. */
  setCompressor(compressor: Compressor | null): void;
  /** The runtime's SQLite (adapters pass theirs): used by st.connection unless createApp was given one. */
  provideSqlite(driver: SqliteDriver): void;
  /** Replaces st.secrets (secrets.toml edited); every session's next run reads the new ones. */
  setSecrets(secrets: Record<string, unknown>): void;
}

const REDACTED = "This app has encountered an error. The details are in the server's log (client.showErrorDetails is \"none\").";

/** `createApp({ app })`: a hono app serving one script. */
export function createApp(options: AppOptions): SluiceServer {
  const config = resolveConfig(options.config);
  const log = createLogger(config.logger.level);
  configurePrepared({ maxBytes: config.server.renderCacheBytes }); // one cache per process (templates/prepare.ts)
  const sessions =
    options.store ??
    new MemorySessionStore({
      ttlSeconds: config.server.sessionTtl,
      unjoinedTtlSeconds: config.server.unjoinedSessionTtl,
      maxSessions: config.server.maxSessions,
      maxPerBrowser: config.server.maxSessionsPerBrowser,
      maxPerAddress: config.server.maxSessionsPerAddress,
      maxBytes: config.server.maxSessionBytes,
    });
  const cache = options.cache ?? processCacheHost(config.runner.cacheDataMaxBytes);
  let secrets = createSecrets(options.secrets);
  const host: PagesHost = Array.isArray(options.pages) ? { pages: options.pages } : ((options.pages as PagesHost | undefined) ?? {}); // the CLI refreshes it on save
  host.showSidebarNavigation ??= config.client.showSidebarNavigation;
  let app = withPages(options.app, host); // pages/ beside the app, and the page-not-found report (src/pages/app.ts)
  const title = options.title ?? "sluice";
  const hono = new Hono();
  const connectionEnv: ConnectionEnv = { sqlite: options.sqlite };

  // The terminal always shows the app's exceptions with their stack (as Streamlit does); the browser gets them in
  // full, or with client.showErrorDetails "none" a generic message.
  const factory: StFactory = {
    create: stFactory.create,
    showError: (st, error) => {
      log.error("the app raised", error);
      stFactory.showError(st, config.client.showErrorDetails === "full" ? error : new Error(REDACTED));
    },
  };

  const newSession = (c: Context) => {
    const owner = admitNewSession(c, sessions, config); // 403 for a cross-site subresource; 429 + Retry-After if full
    const s = new AppSession(randomId(16), app, {
      eventLogSize: config.server.eventLogSize,
      renderer: htmlRenderer,
      factory,
      runner: config.runner,
      pages: host,
    });
    s.runner.env = connectionEnv;
    bindCacheHost(s.runner, cache);
    s.runner.secrets = () => secrets;
    s.state.context = requestContext(c, config); // st.context: the facts of the request that made the session
    sessions.add(s, owner);
    return s;
  };

  hono.use("*", async (c, next) => {
    const wrongHost = checkHost(c.req.raw, config.server.address, config.server.allowedHosts, clientAddress(c, config));
    if (wrongHost) c.res = c.text(wrongHost, 400); // DNS rebinding: another site's name pointed at this loopback server
    else await next();
    for (const [k, v] of Object.entries(securityHeaders)) c.res.headers.set(k, v);
  });
  let compressor = webCompressor;
  hono.use("*", compression(() => (config.server.enableCompression ? compressor : null)));

  hono.onError((err, c) => {
    const status = err instanceof BadRequestError ? err.status : 500;
    if (err instanceof BadRequestError) {
      // A body refused before it was read to its end: the connection cannot carry another request.
      if (err.status === 413 && !isHttp2(c)) c.header("connection", "close");
    } else if (isClientAbort(err, c.req.raw)) {
      return c.body(null, 400); // the client went away: not the server's fault
    } else {
      log.error("internal error", err);
    }
    const message = err instanceof BadRequestError ? err.message : "Internal server error"; // no stack traces
    // A browser navigating (a no-JavaScript post) gets a page with the app's look and a link back; htmx and
    // other clients get the message as text (htmx's glue shows it with a way on).
    if (!c.req.header("hx-request") && /text\/html/.test(c.req.header("accept") ?? "")) {
      return c.html("<!doctype html>" + toHtml(ErrorPage({ status, message })), status);
    }
    return c.text(message, status);
  });

  hono.get("/_sluice/health", (c) => c.text("ok"));
  mountTheme(hono, config); // GET /_sluice/theme.css, POST /_sluice/theme; logs the theme's contrast warnings

  hono.get("/_sluice/static/:name", serveAsset); // precompressed, versioned (src/server/assets-route.ts)

  hono.post("/_sluice/rerun", async (c) => {
    const { session, decoded, stale, recovered } = await readRerun(c, sessions, config, () => newSession(c));
    if (stale) return c.body(null, 204); // a newer post of this tab was already taken: nothing to do
    // With scripts, a change inside one fragment reruns only it (docs/fragments.md); a plain form post reruns the app.
    const cs = decoded.backMsg.rerunScript;
    if (cs && !cs.fragmentId) cs.fragmentId = fragmentScope(session.runner.fragments, session.state, cs.widgetStates?.widgets ?? []);
    // A quick run (most are) is answered in one piece; a run still going after rerunBufferMs is streamed, so a
    // long run shows its elements as they are produced.
    let buffered = recovered ? formatEvent({ id: 0, data: recoveredPreamble(session, config) }) : "";
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
    await session.prepareView(decoded.lastEventId); // a full refresh renders the whole tree: prepare it first
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
      const write = serialWriter(out, () => void (closed = true), writerLimits(config));
      let last = write(buffered);
      live = (text) => void (last = write(text));
      out.onAbort(() => {
        closed = true;
        detach(); // the tab is gone or moved on: nothing listens to this run any more (runner.tabGoneSeconds)
      });
      await done;
      await last;
    });
  });

  hono.get("/_sluice/stream", streamHandler(sessions, config));

  // The tab shows it is alive, so its session gets the full TTL (a page fetched by no browser expires within
  // server.unjoinedSessionTtl). With scripts: the glue posts the session's header; without: the page's
  // <noscript> stylesheet link, which joins this browser's new sessions.
  hono.post("/_sluice/join", (c) => {
    const s = sessions.get(c.req.header(SESSION_HEADER) ?? "");
    if (!s || !ownsSession(c, sessions, s)) return c.text("Unknown or expired session", 404);
    sessions.join(s.id);
    return c.body(null, 204);
  });
  hono.get("/_sluice/join.css", (c) => {
    const browser = browserOf(c);
    if (browser && c.req.header("sec-fetch-site") !== "cross-site") sessions.joinBrowser(browser);
    return c.body("", 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-store" });
  });

  pageRoutes(hono, { sessions, config, title: () => title, newSession }); // GET / and page paths, POST / (no JavaScript)

  return {
    hono,
    fetch: (req: Request, ...rest: unknown[]) => hono.fetch(req, ...(rest as [])),
    config,
    sessions,
    shutdown() {
      for (const s of sessions.all()) s.dropStream();
    },
    setCompressor(c: Compressor | null) {
      compressor = c;
    },
    provideSqlite(driver: SqliteDriver) {
      connectionEnv.sqlite ??= driver;
    },
    setSecrets(next: Record<string, unknown>) {
      secrets = createSecrets(next);
    },
    reload(next: AppFunction) {
      host.explicit = false; // the new version may have dropped st.navigation
      app = next = withPages(next, host);
      for (const s of sessions.all()) {
        s.runner.setApp(next);
        s.rerun({ widgetStates: null }).catch((error) => log.error("rerun after reload failed", error));
      }
    },
  };
}
