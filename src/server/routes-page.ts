// The page routes: GET of a page's path (`/`, `/dashboard`, a deep link with its query) renders that page in a new
// session, or the session a no-JavaScript post redirected here; POST / is the no-JavaScript rerun (post → 303 →
// the page's path and query). An unknown page path renders the default page with a notice and status 404: the
// resource asked for does not exist, and a crawler or link checker should know it, while a person still gets the app.
import type { Context, Hono } from "hono";
import { getCookie, setCookie, deleteCookie } from "hono/cookie";
import type { Config } from "../config.ts";
import type { AppSession } from "../session/session.ts";
import type { SessionStore } from "../session/store.ts";
import { renderPage } from "./page.ts";
import { readRerun } from "./read-rerun.ts";
import { FOCUS_COOKIE, isChatSend } from "./chat-focus.ts";
import { cookieOptions, ownsSession } from "./sessions-guard.ts";
import { anchorFor, firstChanged } from "./anchor.ts";

export const NOJS_COOKIE = "sluice_nojs";

export interface PageRouteOptions {
  sessions: SessionStore;
  config: Config;
  title: () => string;
  newSession: (c: Context) => AppSession;
}

/** The address bar's URL for the page a session shows: its path and query. */
export function pageUrl(session: AppSession): string {
  const url = session.state.url;
  const query = url.queryString();
  return url.path + (query ? "?" + query : "");
}

export function pageRoutes(hono: Hono, o: PageRouteOptions): void {
  const { sessions, config } = o;

  const getPage = async (c: Context) => {
    // HEAD (link checkers, uptime probes) gets the page's headers without running the script or making a session.
    if (c.req.method === "HEAD") return c.body(null, 200, { "content-type": "text/html; charset=UTF-8", "cache-control": "no-store" });
    // A no-JavaScript post redirected here: show that session as it is now (post/redirect/get).
    // Only the browser that made the session gets it back.
    const handoff = getCookie(c, NOJS_COOKIE);
    if (handoff) {
      deleteCookie(c, NOJS_COOKIE, { path: "/" });
      const s = sessions.get(handoff);
      const focus = getCookie(c, FOCUS_COOKIE); // a chat message was sent: back into the chat input (chat-focus.ts)
      if (focus) deleteCookie(c, FOCUS_COOKIE, { path: "/" });
      if (s && ownsSession(c, sessions, s)) return renderPage(c, s, { title: o.title(), config, runFirst: false, focus });
    }
    const session = o.newSession(c);
    const pageName = c.req.param("page") ?? "";
    const query = new URL(c.req.url).search.slice(1);
    if (!pageName && !query) return renderPage(c, session, { title: o.title(), config, runFirst: true });
    const paintBy = Date.now() + config.server.firstPaintMs; // one firstPaintMs for the status and the first paint
    const run = session.rerun({ widgetStates: null, pageName, queryString: query });
    if (pageName) {
      // The status goes out before the body: wait (within the first paint's wait) to learn the page.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([run, new Promise((r) => (timer = setTimeout(r, config.server.firstPaintMs)))]);
      clearTimeout(timer);
      if (session.state.url.notFound) c.status(404);
    }
    return renderPage(c, session, { title: o.title(), config, runFirst: true, run, paintBy });
  };

  hono.get("/", getPage);
  hono.get("/:page{[^/._][^/.]*}", getPage); // one segment; never /_sluice/*, never a file name (favicon.ico)

  hono.post("/", async (c) => {
    const { session, decoded } = await readRerun(c, sessions, config, () => o.newSession(c));
    const changed = firstChanged(session, decoded.backMsg);
    const pageBefore = session.state.url.current?.hash;
    const detach = session.attach({ kind: "post", send: () => {}, close: () => {} }, session.seq); // a tab waits on this run
    await session.handleBackMsg(decoded.backMsg).finally(detach);
    setCookie(c, NOJS_COOKIE, session.id, { ...cookieOptions(c, config, "Strict"), maxAge: 60 });
    const to = pageUrl(session); // the page shown now (a page link, st.switchPage) and its query parameters
    // A value refused: the page opens at its error summary (focusable, so arriving there focuses it). Another page:
    // at its main region, as the glue moves focus with scripts. Else back to the field the user changed, not the top.
    if (session.state.fieldErrors.size) return c.redirect(to + "#sl-error-summary", 303);
    if (session.state.url.current?.hash !== pageBefore) return c.redirect(to + "#sl-0", 303);
    const anchor = changed && anchorFor(session, changed);
    if (anchor && isChatSend(session, changed)) setCookie(c, FOCUS_COOKIE, anchor, { ...cookieOptions(c, config, "Strict"), maxAge: 60 });
    return c.redirect(anchor ? to + "#" + encodeURIComponent(anchor) : to, 303);
  });
}
