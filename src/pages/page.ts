// A page of a multipage app (st.Page → StreamlitPage), the pages the app has (from st.navigation or the pages/
// directory), and which one a URL path selects. What comes from outside — the page modules beside the app and a
// way to load a module by path — is a PagesHost that src/cli (or AppTest) fills: the core reads no files.
import type { sluice } from "../gen/proto.js";
import type { AppFunction } from "../script/runner.ts";
import { hashString } from "../util/hash.ts";
import { SluiceAPIError } from "../util/errors.ts";
import { cleanUrlPath, pageNameFromFile, pageNameFromFunction } from "./names.ts";

/** A page module beside the app: `path` relative to the app's folder ("pages/01_dashboard.ts"). */
export interface PageModule {
  path: string;
  load: () => Promise<AppFunction>;
}

/** What the core needs from outside for pages (createApp's `pages`, AppTest.fromFile fills it too). */
export interface PagesHost {
  /** The modules of pages/ beside the app, in Streamlit's order: without st.navigation each is a page. */
  pages?: readonly PageModule[];
  /** Loads a module by its path relative to the app's folder: `st.Page("pages/x.ts")`. */
  loadModule?: (path: string) => Promise<AppFunction>;
  /** The main app's file name ("app.ts"): its title as the home page, and `st.switchPage("app.ts")`. */
  mainFile?: string;
  /** client.showSidebarNavigation (default true): false hides the pages/ directory's navigation. */
  showSidebarNavigation?: boolean;
  /** Set once the app calls st.navigation: from then on pages/ is ignored (Streamlit's rule). */
  explicit?: boolean;
}

export interface PageOptions {
  /** The page's label in the navigation and its document title (default: from the file or function name). */
  title?: string;
  /** An emoji or icon shown beside the label. */
  icon?: string;
  /** The page's URL path (default: from the file or function name); the default page is served at "/". */
  urlPath?: string;
  /** The page "/" shows (default: the first page). */
  default?: boolean;
}

/** `st.Page(fn | "pages/x.ts", options)`: a page; `st.navigation` returns the selected one, call its `run()`. */
export class StreamlitPage {
  readonly title: string;
  readonly icon: string;
  readonly urlPath: string;
  readonly isDefault: boolean;
  /** A stable id from the URL path (Streamlit's page_script_hash). */
  readonly hash: string;
  /** The module path ("pages/x.ts"), or "" for a function page. */
  readonly path: string;
  /** Section header ("" outside sections), set by st.navigation. */
  section = "";
  /** True while the page is served at "/" (the default page of its navigation). */
  home = false;
  private readonly source: AppFunction | string;
  private readonly runner: (page: StreamlitPage, source: AppFunction | string) => Promise<void>;

  constructor(source: AppFunction | string, o: PageOptions, runner: (page: StreamlitPage, source: AppFunction | string) => Promise<void>) {
    let inferred: { title: string; urlPath: string; icon?: string };
    if (typeof source === "string") inferred = pageNameFromFile(source);
    else if (typeof source === "function") inferred = pageNameFromFunction(source.name);
    else throw new SluiceAPIError("st.Page takes a page function or the path of a page module (\"pages/x.ts\").");
    const title = o.title ?? inferred.title;
    if (!title) throw new SluiceAPIError("st.Page needs a title for an anonymous function: st.Page(fn, { title: \"Dashboard\" }).");
    const urlPath = cleanUrlPath(o.urlPath ?? inferred.urlPath);
    if (urlPath.includes("/")) throw new SluiceAPIError(`st.Page urlPath "${o.urlPath}" is nested; a page's URL path is one segment ("reports").`);
    if (!urlPath && !o.default) throw new SluiceAPIError(`st.Page "${title}" has an empty urlPath; only the default page is served at "/".`);
    this.title = title;
    this.icon = o.icon ?? inferred.icon ?? "";
    this.urlPath = urlPath;
    this.isDefault = !!o.default;
    this.hash = hashString("page:" + urlPath);
    this.path = typeof source === "string" ? source.replace(/^\.\//, "") : "";
    this.source = source;
    this.runner = runner;
  }

  /** Runs the page: its function (or module's default export) is called with `st`. */
  run(): Promise<void> {
    return this.runner(this, this.source);
  }

  /** The page's path in the browser's address bar: "/" for the default page, else "/<urlPath>". */
  get href(): string {
    return this.home ? "/" : "/" + encodeURIComponent(this.urlPath);
  }
}

/** A page spec as st.navigation takes it: a list, or sections `{ "Reports": [...] }`. */
export type PageList = readonly StreamlitPage[] | Readonly<Record<string, readonly StreamlitPage[]>>;

/** The pages in order with their sections; checks for duplicate URL paths and defaults. */
export function flattenPages(spec: PageList): { pages: StreamlitPage[]; sections: string[] } {
  const sections: string[] = [];
  const pages: StreamlitPage[] = [];
  const entries: [string, readonly StreamlitPage[]][] = Array.isArray(spec) ? [["", spec]] : Object.entries(spec);
  for (const [section, list] of entries) {
    if (section) sections.push(section);
    for (const p of list) {
      if (!(p instanceof StreamlitPage)) throw new SluiceAPIError("st.navigation takes pages made with st.Page (or sections of them).");
      p.section = section;
      pages.push(p);
    }
  }
  if (!pages.length) throw new SluiceAPIError("st.navigation needs at least one page.");
  const seen = new Set<string>();
  for (const p of pages) {
    if (seen.has(p.urlPath)) throw new SluiceAPIError(`Two pages have the URL path "${p.urlPath}": give one a urlPath of its own.`);
    seen.add(p.urlPath);
  }
  const defaults = pages.filter((p) => p.isDefault);
  if (defaults.length > 1) throw new SluiceAPIError(`More than one page is marked default (${defaults.map((p) => p.title).join(", ")}).`);
  const home = defaults[0] ?? pages[0]!;
  for (const p of pages) p.home = p === home;
  return { pages, sections };
}

/** The page a URL path selects ("" = the default page); `found` is false when none matches (the default runs). */
export function selectPage(pages: readonly StreamlitPage[], requested: string): { page: StreamlitPage; found: boolean } {
  const home = pages.find((p) => p.home)!;
  if (requested === "") return { page: home, found: true };
  const page = pages.find((p) => p.urlPath === requested) ?? pages.find((p) => p.urlPath.toLowerCase() === requested.toLowerCase());
  return page ? { page, found: true } : { page: home, found: false };
}

export type NavPosition = "sidebar" | "top" | "hidden";
const POSITION = { hidden: 0, sidebar: 1, top: 2 } as const;

/** The Navigation message (ForwardMsg.navigation = 23) for the pages and the selected one. */
export function navigationMessage(pages: readonly StreamlitPage[], sections: string[], selected: StreamlitPage, position: NavPosition, expanded: boolean): sluice.INavigation {
  return {
    sections,
    appPages: pages.map((p) => ({
      pageScriptHash: p.hash,
      pageName: p.title,
      icon: p.icon,
      isDefault: p.home,
      sectionHeader: p.section,
      urlPathname: p.urlPath,
    })),
    position: POSITION[position],
    pageScriptHash: selected.hash,
    expanded,
  };
}
