// A tab's page-level view of multipage apps: the navigation the latest run sent, the page-not-found notice, and
// the URL (path and query) the tab's address bar should show. The session applies the page messages here and
// renders the view into the page's nav regions when it changes. St.Page titles and icons stand in for
// st.setPageConfig's; a page change starts from the new page's config (the entrypoint's calls of that run kept).
import type { sluice } from "../gen/proto.js";
import type { UrlState } from "../pages/url.ts";
import { applyPageConfig, type PageConfig } from "./page-config.ts";

export interface PagesView {
  nav: sluice.INavigation | null;
  /** The URL path asked for that no page has ("" when none). */
  notFound: string;
  /** The address bar's path and query for the page shown. */
  path: string;
  query: string;
}

export class SessionPages {
  readonly view: PagesView = { nav: null, notFound: "", path: "/", query: "" };
  /** The navigation or the notice changed since the tab last got them (else only the URL marker is re-sent). */
  private navDirty = false;
  /** The page-config messages of the current run (re-applied after a page change resets the config). */
  private configs: NonNullable<sluice.IForwardMsg["pageConfigChanged"]>[] | null = null;

  /** Takes a run's message; true when the tab's view changed (the nav, the notice, the URL, or the page's config). */
  apply(msg: sluice.IForwardMsg, url: UrlState, page: PageConfig): boolean {
    if (msg.newSession) {
      this.configs = null;
      return false;
    }
    if (msg.pageConfigChanged) {
      (this.configs ??= []).push(msg.pageConfigChanged);
      return false; // the session applies it as before
    }
    let changed = false;
    if (msg.navigation) {
      const before = this.view.nav?.pageScriptHash;
      const same = JSON.stringify(this.view.nav) === JSON.stringify(msg.navigation); // every run sends it: most are the same
      this.view.nav = msg.navigation;
      if (before !== undefined && before !== msg.navigation.pageScriptHash) {
        Object.assign(page, { title: "", favicon: "", layout: "" }); // the new page's config, not the last one's
        for (const c of this.configs ?? []) applyPageConfig(page, c);
      }
      if (!same || this.view.notFound) changed = this.navDirty = true;
      this.view.notFound = "";
    } else if (msg.pageNotFound) {
      this.view.notFound = msg.pageNotFound.pageName ?? "";
      changed = this.navDirty = true;
    } else if (!msg.pageInfoChanged) {
      return false;
    }
    return this.sync(url) || changed;
  }

  /** Takes the URL from the session's state; true when it changed. */
  sync(url: UrlState): boolean {
    const path = url.path;
    const query = url.queryString();
    if (path === this.view.path && query === this.view.query) return false;
    this.view.path = path;
    this.view.query = query;
    return true;
  }

  /** What an event re-sends: the view, and whether the nav regions changed (a query write sends the URL marker only). */
  take(): { view: PagesView; nav: boolean } {
    const nav = this.navDirty;
    this.navDirty = false;
    return { view: this.view, nav };
  }

  /** The current page of the navigation, for the title and icon st.setPageConfig did not set. */
  currentPage(): sluice.IAppPage | undefined {
    const nav = this.view.nav;
    return nav?.appPages?.find((p) => p.pageScriptHash === nav.pageScriptHash) ?? undefined;
  }

  /** The page config the tab shows: st.setPageConfig's, else the current page's title and icon. */
  effective(page: PageConfig): PageConfig {
    const p = this.currentPage();
    return { ...page, title: page.title || p?.pageName || "", favicon: page.favicon || p?.icon || "" };
  }

  /** Whether the sidebar holds the navigation (it shows even with no sidebar elements). */
  get inSidebar(): boolean {
    return navInSidebar(this.view);
  }
}

/** Whether a navigation is shown at a position (1 sidebar, 2 top): only an app with more than one page has a menu. */
export const navShown = (nav: sluice.INavigation | null | undefined, position: number) =>
  !!nav && nav.position === position && (nav.appPages?.length ?? 0) > 1;

/** Whether the sidebar holds the navigation (it shows even without sidebar elements). */
export const navInSidebar = (view: PagesView | undefined) => navShown(view?.nav, 1);
