/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The page's multipage regions, rendered from the session's PagesView: the navigation (in the sidebar, with
// sections as headed groups; or in a top bar, with sections as disclosure menus and, on narrow screens, one
// disclosure for all), the page-not-found notice, and #sl-url, which tells the glue the address bar's URL.
// Each page is a real link (the glue turns a click into a rerun of this tab) and, without JavaScript, a submit
// button asking for the same page, so the session and its state are kept (nojs.css shows the button).
import type { sluice } from "../src/gen/proto.js";
import { navInSidebar, navShown, type PagesView } from "../src/session/pages.ts";

type AppPage = sluice.IAppPage;
const SIDEBAR = 1;
const TOP = 2;

const hrefOf = (p: AppPage) => (p.isDefault ? "/" : "/" + encodeURIComponent(p.urlPathname ?? ""));

function PageItem({ p, current }: { p: AppPage; current: boolean }) {
  const href = hrefOf(p);
  const label = (
    <>
      {p.icon ? <span aria-hidden="true">{p.icon} </span> : null}
      {p.pageName}
    </>
  );
  const aria = current ? "page" : undefined;
  return (
    <li>
      <a class="sl-nav-link" href={href} data-sl-page={href} aria-current={aria}>{label}</a>
      <button type="submit" class="sl-nav-link sl-nojs-page" name="_sluice_page" value={href} aria-current={aria}>{label}</button>
    </li>
  );
}

/** Pages grouped by section, in order ("" first when the app's list starts without one). */
function groups(nav: sluice.INavigation): [string, AppPage[]][] {
  const out = new Map<string, AppPage[]>();
  for (const p of nav.appPages ?? []) {
    const s = p.sectionHeader ?? "";
    out.set(s, [...(out.get(s) ?? []), p]);
  }
  return [...out];
}

const shown = navShown;
export { navInSidebar };

/** The sidebar's navigation (empty unless the navigation is in the sidebar). */
export function SideNav({ view }: { view: PagesView }) {
  const nav = view.nav;
  if (!shown(nav, SIDEBAR)) return <div id="sl-sidenav"></div>;
  return (
    <div id="sl-sidenav">
      <nav class="sl-nav sl-nav-side" aria-label="Pages">
        {groups(nav!).map(([section, pages], i) => (
          <>
            {section ? <h2 class="sl-nav-heading" id={`sl-nav-s${i}`}>{section}</h2> : null}
            <ul class="sl-nav-list" aria-labelledby={section ? `sl-nav-s${i}` : undefined}>
              {pages.map((p) => <PageItem p={p} current={p.pageScriptHash === nav!.pageScriptHash} />)}
            </ul>
          </>
        ))}
      </nav>
    </div>
  );
}

/** The top bar's navigation: pages inline, sections as disclosure menus; narrow screens get one disclosure. */
export function TopNav({ view }: { view: PagesView }) {
  const nav = view.nav;
  if (!shown(nav, TOP)) return <div id="sl-topnav"></div>;
  const cur = nav!.pageScriptHash;
  const all = groups(nav!);
  const currentTitle = nav!.appPages?.find((p) => p.pageScriptHash === cur)?.pageName ?? "";
  return (
    <div id="sl-topnav" class="sl-topnav">
      <nav class="sl-nav sl-nav-top" aria-label="Pages">
        <ul class="sl-topnav-wide">
          {all.map(([section, pages]) =>
            section ? (
              <li>
                <details class="sl-nav-menu">
                  <summary>{section}</summary>
                  <ul>{pages.map((p) => <PageItem p={p} current={p.pageScriptHash === cur} />)}</ul>
                </details>
              </li>
            ) : (
              pages.map((p) => <PageItem p={p} current={p.pageScriptHash === cur} />)
            ),
          )}
        </ul>
        <details class="sl-topnav-narrow sl-nav-menu">
          <summary>
            Pages<span class="sl-visually-hidden">, current: </span>
            <span class="sl-nav-current">{currentTitle}</span>
          </summary>
          {all.map(([section, pages]) => (
            <>
              {section ? <p class="sl-nav-heading">{section}</p> : null}
              <ul>{pages.map((p) => <PageItem p={p} current={p.pageScriptHash === cur} />)}</ul>
            </>
          ))}
        </details>
      </nav>
    </div>
  );
}

/** Streamlit's "Page not found" notice, above the default page that ran instead. */
export function NotFound({ view }: { view: PagesView }) {
  if (!view.notFound) return <div id="sl-notfound"></div>;
  return (
    <div id="sl-notfound" class="sl-alert sl-alert-warning sl-notfound" role="alert">
      <p>
        <strong>Page not found.</strong> You asked for the page “/{view.notFound}”, which this app does not have. Showing
        the app's main page instead.
      </p>
    </div>
  );
}

/** Where the glue reads the URL the address bar should show (pushState on a page change, else replaceState). */
export function UrlMarker({ view, title }: { view: PagesView; title?: string }) {
  return <div id="sl-url" hidden data-path={view.path} data-query={view.query} data-page={view.nav?.pageScriptHash ?? ""} data-title={title || undefined}></div>;
}

/** The regions an event re-sends (the URL marker alone when only the URL changed). */
export const navRegions = (view: PagesView, title: string, nav = true) =>
  nav ? [SideNav({ view }), TopNav({ view }), NotFound({ view }), UrlMarker({ view, title })] : [UrlMarker({ view, title })];
