// GET /: the full page, server-rendered. The <head> goes out at once; the body follows when the first run has
// finished or after `firstPaintMs`, whichever is first — a slow app shows what it has and streams the rest.
import type { Context } from "hono";
import { stream as streamBody } from "hono/streaming";
import type { Config } from "../config.ts";
import { snapshot } from "../diff/diff.ts";
import { withDrafts } from "../script/forms.ts";
import type { AppSession } from "../session/session.ts";
import { Body, HeadAssets, HeadMeta } from "../../templates/page.tsx";
import { renderRoots } from "../../templates/tree.tsx";
import { toHtml } from "../../templates/node.tsx";
import { escapeHtml } from "../../templates/format.ts";
import { errorItems } from "../../templates/error-summary.tsx";
import { withAutofocus } from "./chat-focus.ts";
import { pageTheme } from "./theme.ts";
import { lazyScripts } from "./lazy-glue.ts";

export const DEFAULT_ICON = "🌊";

export function renderPage(c: Context, session: AppSession, o: { title: string; config: Config; runFirst: boolean; focus?: string; run?: Promise<void>; paintBy?: number }) {
  c.header("content-type", "text/html; charset=utf-8");
  c.header("cache-control", "no-store");
  // Rendered before the 200 goes out: a template that cannot render at all is a 500 (app.ts's onError), not an empty page.
  const theme = pageTheme(c, o.config); // the reader's light/dark/app choice is on <html> from the first paint
  const start = `<!doctype html><html lang="en"${theme.htmlAttrs}><head>` + toHtml(HeadAssets({ themeSheet: theme.sheet }));
  return streamBody(c, async (out) => {
    await out.write(start);
    let html: string;
    try {
      html = await renderRest();
    } catch (error) {
      // The 200 is already on the wire: end the page with a visible error, and log the details.
      console.error("sluice: rendering the page failed", error);
      html = renderFailure(error, o.config.client.showErrorDetails === "full");
    }
    await out.write(html);
  });

  /** The rest of the page, from the title to </html>, rendered whole so a failure leaves no half-written body. */
  async function renderRest(): Promise<string> {
    let running = false;
    if (o.runFirst) {
      const done = (o.run ?? session.rerun({ widgetStates: null })).then(() => true); // a page path's run is started by the route
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wait = o.paintBy === undefined ? o.config.server.firstPaintMs : Math.max(0, o.paintBy - Date.now()); // a route that already waited
      const late = new Promise<false>((r) => (timer = setTimeout(() => r(false), wait)));
      running = !(await Promise.race([done, late]));
      clearTimeout(timer);
    }
    await session.prepareView(); // charts and other async-prepared elements (templates/prepare.ts)
    const tree = o.runFirst ? snapshot(session.tree) : withDrafts(session.state, snapshot(session.tree)); // a no-JS post's page keeps form typing
    const roots = renderRoots(tree);
    session.pageRendered();
    if (o.focus) Object.assign(roots, withAutofocus(roots, o.focus)); // back into the chat input (chat-focus.ts)
    const page = session.pages.effective(session.page); // st.setPageConfig's, else the current page's (st.Page)
    const head = toHtml(HeadMeta({ title: page.title || o.title, favicon: page.favicon || DEFAULT_ICON })) + "</head>";
    const body = Body({
      layout: session.page.layout,
      sessionId: session.id,
      lastEventId: session.seq,
      roots,
      stream: o.config.server.runOnSave || running || session.runner.fragments.all().some((f) => f.runEvery > 0), // fragment timers push
      running,
      errors: o.runFirst ? [] : errorItems(tree),
      pages: session.pages.view,
      theme: theme.menu,
    });
    const html = toHtml(body);
    return head + html.replace(/<\/body>$/, lazyScripts(html) + "</body>") + "</html>"; // the features' glue (lazy-glue.ts)
  }
}

/** The rest of a page whose rendering failed: a heading and a way on, with the error when details are shown. */
function renderFailure(error: unknown, details: boolean): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    "<title>Error</title></head>" +
    '<body><main class="sl-render-failure" role="alert"><h1>This page could not be rendered</h1>' +
    "<p>The server failed while rendering this app; the details are in the server's log. " +
    '<a href="/">Reload the page</a> to try again.</p>' +
    (details ? `<pre>${escapeHtml(message)}</pre>` : "") +
    "</main></body></html>"
  );
}
