/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The page shell: one <form> holding the four roots, so every widget posts with htmx or, without scripts, with
// the visible Apply button. The Apply button comes first so that Enter in a text field submits it (a plain
// rerun) rather than pressing the first st.button on the page.
import { raw } from "hono/html";
import { assetPath } from "../src/gen/assets.ts";
import { ErrorSummary, type ErrorItem } from "./error-summary.tsx";
import { navInSidebar, NotFound, SideNav, TopNav, UrlMarker } from "./nav.tsx";
import type { PagesView } from "../src/session/pages.ts";
import { ThemeMenu, type ThemeMenuProps } from "./theme-menu.tsx";

export interface PageProps {
  sessionId: string;
  lastEventId: number;
  roots: Record<string, string>;
  /** Open the tab's stream (server-initiated runs: rerun on save, a first run still going). */
  stream: boolean;
  /** Layout "wide" or "centered" (st.setPageConfig). */
  layout?: string;
  /** The first run was not finished when the page was sent. */
  running?: boolean;
  /** Widgets that refused a posted value: the page starts with an error summary (no-JavaScript posts). */
  errors?: readonly ErrorItem[];
  /** The pages' navigation, not-found notice and URL (templates/nav.tsx). */
  pages?: PagesView;
  /** The settings menu (theme switch, templates/theme-menu.tsx); none when absent. */
  theme?: ThemeMenuProps;
}

/** The first part of <head>: sent before the app runs, so styles and scripts load while it does. */
export function HeadAssets(p: { themeSheet?: string } = {}) {
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="htmx-config" content='{"includeIndicatorCSS":false,"defaultFocusScroll":false,"history":false}' />
      <link rel="stylesheet" href={assetPath("sluice.css")} />
      {p.themeSheet ? <link rel="stylesheet" href={p.themeSheet} /> : null}
      <noscript>
        <link rel="stylesheet" href={assetPath("nojs.css")} />
        <link rel="stylesheet" href="/_sluice/join.css" />
      </noscript>
      <script src={assetPath("sluice.js")} defer></script>
    </>
  );
}

/** The rest of <head>, once the first run has had its chance to call st.setPageConfig: title and icon. */
export function HeadMeta(p: { title: string; favicon: string }) {
  return (
    <>
      <title>{p.title}</title>
      <link rel="icon" id="sl-favicon" href={faviconHref(p.favicon)} />
    </>
  );
}

/** An emoji becomes an SVG data URL (no request, allowed by the CSP's img-src); anything else is a URL. */
export function faviconHref(icon: string): string {
  if (/^(https?:|\/|data:image\/)/i.test(icon)) return icon; // not data:text/html and the like
  const font = `font-family='"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji",sans-serif'`; // emoji glyphs render
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90" ${font}>${icon.replace(/[<>&"]/g, "")}</text></svg>`;
  return "data:image/svg+xml," + encodeURIComponent(svg);
}

/**
 * Page-wide state as attributes of an empty element before the form: the layout, and whether the sidebar has
 * content. CSS reads it with a sibling selector (cheaper to keep current than :has() on every swap).
 */
export function PageState(p: { layout?: string; sidebar: boolean }) {
  return <div id="sl-page" hidden data-layout={p.layout || "centered"} data-sidebar={p.sidebar ? "" : undefined}></div>;
}

/**
 * Page chrome the glue (static/glue/40-chrome.js) shows while a run takes a moment: a bar and a "Running…" badge.
 * Hidden from assistive technology: the live region (#sl-status) already says "Running…" for a slow run.
 */
export function RunIndicator() {
  return (
    <div id="sl-run" class="sl-run" aria-hidden="true">
      <div class="sl-run-bar"></div>
      <div class="sl-run-badge">Running…</div>
    </div>
  );
}

/** The <body>: the form with the four roots, the live region, and the tab's stream when it needs one. */
export function Body(p: PageProps) {
  return (
    <body>
      <PageState layout={p.layout} sidebar={p.roots["1"] !== "" || navInSidebar(p.pages)} />
      <a class="sl-skip" href="#sl-0">
        Skip to content
      </a>
      {p.theme ? <ThemeMenu {...p.theme} /> : null}
      <form id="sl-form" method="post" action="/" novalidate hx-post="/_sluice/rerun" hx-trigger="change, submit" hx-swap="none" hx-sync="this:replace">
        <input type="hidden" name="_sluice_session" value={p.sessionId} />
        <input type="hidden" name="_sluice_last" id="sl-last" value={String(p.lastEventId)} />
        <div class="sl-apply-bar" role="banner">
          <button type="submit" class="sl-apply" name="_sluice_apply" value="1">
            Apply
          </button>
          <span>Changes take effect when you press Apply.</span>
        </div>
        <div id="sl-stopbar" class="sl-stopbar" hidden={!p.running}>
          <button type="submit" class="sl-stop" name="_sluice_stop" value="1">
            Stop
          </button>
        </div>
        <button type="button" id="sl-sidebar-toggle" class="sl-sidebar-toggle" aria-controls="sl-1">
          Sidebar
        </button>
        <TopNav view={p.pages ?? NO_PAGES} />
        <div class="sl-app">
          <aside id="sl-1" class="sl-sidebar" aria-label="Sidebar">
            <SideNav view={p.pages ?? NO_PAGES} />
            <div id="sl-1-c" class="sl-root">{raw(p.roots["1"] ?? "")}</div>
          </aside>
          <main id="sl-0" class="sl-main" tabindex={-1}>
            <ErrorSummary items={p.errors ?? []} />
            <NotFound view={p.pages ?? NO_PAGES} />
            <div id="sl-0-c" class="sl-root">{raw(p.roots["0"] ?? "")}</div>
            <div class="sl-apply-end">
              <button type="submit" class="sl-apply" name="_sluice_apply" value="1">
                Apply
              </button>
            </div>
          </main>
          <div id="sl-3" class="sl-bottom">
            <div id="sl-3-c" class="sl-root">{raw(p.roots["3"] ?? "")}</div>
          </div>
          <div id="sl-2" class="sl-events">
            <div id="sl-2-c" class="sl-root">{raw(p.roots["2"] ?? "")}</div>
          </div>
        </div>
      </form>
      <div id="sl-connection" class="sl-connection" role="status" aria-live="polite"></div>
      <div id="sl-status" class="sl-visually-hidden" role="status" aria-live="polite">
        {p.running ? "Running…" : ""}
      </div>
      <RunIndicator />
      <UrlMarker view={p.pages ?? NO_PAGES} />
      {p.stream ? (
        <Stream sessionId={p.sessionId} after={p.lastEventId} />
      ) : null}
    </body>
  );
}

/** The tab's stream (hx-sse): the session id travels in a header, never in the URL. */
export function Stream(p: { sessionId: string; after: number }) {
  return <div id="sl-stream" hidden hx-sse:connect={`/_sluice/stream?after=${p.after}`} hx-headers={JSON.stringify({ "X-Sluice-Session": p.sessionId })} hx-swap="none"></div>;
}

const NO_PAGES: PagesView = { nav: null, notFound: "", path: "/", query: "" };
