/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The page shell: one <form> holding the four roots, so every widget posts with htmx or, without scripts, with
// the visible Apply button. The Apply button comes first so that Enter in a text field submits it (a plain
// rerun) rather than pressing the first st.button on the page.
import { raw } from "hono/html";
import { assetPath } from "../src/gen/assets.ts";

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
}

/** The first part of <head>: sent before the app runs, so styles and scripts load while it does. */
export function HeadAssets() {
  return (
    <>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="htmx-config" content='{"includeIndicatorCSS":false,"defaultFocusScroll":false}' />
      <link rel="stylesheet" href={assetPath("sluice.css")} />
      <noscript>
        <link rel="stylesheet" href={assetPath("nojs.css")} />
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
  if (/^(https?:|\/|data:)/.test(icon)) return icon;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<>&"]/g, "")}</text></svg>`;
  return "data:image/svg+xml," + encodeURIComponent(svg);
}

/**
 * Page-wide state as attributes of an empty element before the form: the layout, and whether the sidebar has
 * content. CSS reads it with a sibling selector (cheaper to keep current than :has() on every swap).
 */
export function PageState(p: { layout?: string; sidebar: boolean }) {
  return <div id="sl-page" hidden data-layout={p.layout || "centered"} data-sidebar={p.sidebar ? "" : undefined}></div>;
}

/** The <body>: the form with the four roots, the live region, and the tab's stream when it needs one. */
export function Body(p: PageProps) {
  return (
    <body>
      <PageState layout={p.layout} sidebar={p.roots["1"] !== ""} />
      <a class="sl-skip" href="#sl-0">
        Skip to content
      </a>
      <form id="sl-form" method="post" action="/" novalidate hx-post="/_sluice/rerun" hx-trigger="change, submit" hx-swap="none" hx-sync="this:replace">
        <input type="hidden" name="_sluice_session" value={p.sessionId} />
        <input type="hidden" name="_sluice_last" id="sl-last" value={String(p.lastEventId)} />
        <div class="sl-apply-bar">
          <button type="submit" class="sl-apply" name="_sluice_apply" value="1">
            Apply
          </button>
          <span>Changes take effect when you press Apply.</span>
        </div>
        <div class="sl-app">
          <aside id="sl-1" class="sl-sidebar" aria-label="Sidebar">
            <div id="sl-1-c" class="sl-root">{raw(p.roots["1"] ?? "")}</div>
          </aside>
          <main id="sl-0" class="sl-main" tabindex={-1}>
            <div id="sl-0-c" class="sl-root">{raw(p.roots["0"] ?? "")}</div>
          </main>
          <div id="sl-3" class="sl-bottom">
            <div id="sl-3-c" class="sl-root">{raw(p.roots["3"] ?? "")}</div>
          </div>
          <div id="sl-2" class="sl-events">
            <div id="sl-2-c" class="sl-root">{raw(p.roots["2"] ?? "")}</div>
          </div>
        </div>
      </form>
      <div id="sl-status" class="sl-visually-hidden" role="status" aria-live="polite">
        {p.running ? "Running…" : ""}
      </div>
      {p.stream ? (
        <div id="sl-stream" hidden hx-sse:connect={`/_sluice/stream?session=${p.sessionId}&after=${p.lastEventId}`} hx-swap="none"></div>
      ) : null}
    </body>
  );
}
