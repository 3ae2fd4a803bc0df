// st.navigation, st.Page and st.switchPage: which page a run shows. st.navigation resolves the URL path the tab
// asked for against its pages (an unknown one runs the default page and sends page_not_found), sends the
// Navigation message the page's nav is rendered from, and returns the page; `page.run()` runs it with the page's
// hash in its widgets' identity. The page model is src/pages/page.ts.
import type { DeltaGenerator } from "./dg.ts";
import type { AppFunction } from "../script/runner.ts";
import { RerunSignal } from "../script/signals.ts";
import { flattenPages, navigationMessage, selectPage, StreamlitPage, type NavPosition, type PageList, type PageOptions } from "../pages/page.ts";
import { PageNotFoundError, SluiceAPIError } from "../util/errors.ts";

export interface NavigationOptions {
  /** Where the navigation menu goes: "sidebar" (default), "top" (a bar above the page) or "hidden". */
  position?: NavPosition;
  /** Sidebar: show every page rather than a few (kept for Streamlit's signature; all pages are shown). */
  expanded?: boolean;
  /** @internal the pages/ directory's navigation (an explicit st.navigation in the app replaces it). */
  implicit?: boolean;
}

/** The root st a page body writes into (not inside the form or container the navigation was called in). */
const rootOf = (dg: DeltaGenerator): DeltaGenerator => {
  const root = dg.child([0]);
  root.formId = "";
  return root;
};

/**
 * `st.Page(fn | "pages/x.ts", { title, icon, urlPath, default })` — a page for st.navigation, st.pageLink and
 * st.switchPage. A module page is loaded through the host's loader (src/cli fills it; reload on save included).
 */
export function Page(dg: DeltaGenerator, source: AppFunction | string, options: PageOptions = {}): StreamlitPage {
  const runner = dg.runner;
  return new StreamlitPage(source, options, async (page, src) => {
    const ctx = dg.ctx;
    let fn: AppFunction;
    if (typeof src === "function") fn = src;
    else {
      const host = runner.state.url.host;
      const module = host?.pages?.find((m) => m.path === page.path);
      if (!module && !host?.loadModule) throw new SluiceAPIError(`st.Page("${src}"): this server cannot load page modules by path; pass the page function instead.`);
      fn = await (module ? module.load() : host!.loadModule!(page.path));
    }
    ctx.yieldPoint();
    const before = ctx.pageHash;
    ctx.pageHash = page.hash;
    try {
      await fn(rootOf(dg));
    } finally {
      ctx.pageHash = before;
    }
  });
}

/**
 * `const page = st.navigation([st.Page(home), st.Page("pages/b.ts")], { position: "top" }); await page.run();`
 * Sections: `st.navigation({ "": [home], Reports: [sales, costs] })`. Returns the page the URL asks for.
 */
export function navigation(dg: DeltaGenerator, spec: PageList, options: NavigationOptions = {}): StreamlitPage {
  const ctx = dg.ctx;
  ctx.yieldPoint();
  const url = ctx.state.url;
  const { pages, sections } = flattenPages(spec);
  if (!options.implicit && url.host) url.host.explicit = true; // pages/ is ignored from now on
  const { page, found } = selectPage(pages, url.requested);
  url.pages = pages;
  url.current = page;
  url.navigated = options.implicit ? "implicit" : "explicit";
  url.notFound = found ? "" : url.requested;
  // The address bar shows the page's canonical path; the pages/ directory's miss waits for the app's own navigation.
  if (found || !options.implicit) url.requested = page.home ? "" : page.urlPath;
  const position = options.position ?? "sidebar";
  if (!["sidebar", "top", "hidden"].includes(position)) throw new SluiceAPIError(`st.navigation position must be "sidebar", "top" or "hidden" (got "${position}").`);
  ctx.send({ navigation: navigationMessage(pages, sections, page, position, !!options.expanded) });
  if (!found && !options.implicit) ctx.send({ pageNotFound: { pageName: url.notFound } });
  return page;
}

/** The page `target` names: an st.Page, a module path ("pages/x.ts"), the main file, or a URL path. */
export function findPage(dg: DeltaGenerator, target: StreamlitPage | string): StreamlitPage {
  const url = dg.ctx.state.url;
  if (target instanceof StreamlitPage) {
    const page = url.pages.find((p) => p.hash === target.hash);
    if (page) return page;
    throw new PageNotFoundError(target.title, url.pages.map((p) => p.path || p.urlPath));
  }
  const t = String(target).replace(/^\.\//, "");
  const mainFile = url.host?.mainFile;
  const page =
    url.pages.find((p) => p.path && p.path === t) ??
    (mainFile && t === mainFile ? url.pages.find((p) => p.home) : undefined) ??
    url.pages.find((p) => p.urlPath === t.replace(/^\//, "")) ??
    (t === "/" ? url.pages.find((p) => p.home) : undefined);
  if (!page) throw new PageNotFoundError(t, url.pages.map((p) => p.path || p.urlPath));
  return page;
}

/**
 * `st.switchPage("pages/settings.ts", { queryParams: { tab: "2" } })` — ends this run and runs that page. The query
 * parameters are cleared (embed kept), then set to `queryParams`.
 */
export function switchPage(dg: DeltaGenerator, target: StreamlitPage | string, options: { queryParams?: Record<string, unknown> } = {}): never {
  const ctx = dg.ctx;
  ctx.yieldPoint();
  const page = findPage(dg, target);
  const url = ctx.state.url;
  url.replace(Object.entries(options.queryParams ?? {}));
  url.requested = page.home ? "" : page.urlPath;
  ctx.send({ pageInfoChanged: { queryString: url.queryString() } });
  throw new RerunSignal(true);
}
