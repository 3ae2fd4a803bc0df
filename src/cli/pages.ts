// The pages/ directory beside an app (Streamlit's multipage apps): its modules in Streamlit's order, and a loader for
// page modules by path (`st.Page("pages/x.ts")`) that caches each module until the folder changes (reload on save).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { AppFunction } from "../script/runner.ts";
import type { PageModule, PagesHost } from "../pages/page.ts";
import { MODULE_FILE, sortPages } from "../pages/names.ts";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The page modules of `<app dir>/pages` (not `_private.ts`, dotfiles, `.d.ts` or tests), in Streamlit's order. */
export function pageFiles(appFile: string): string[] {
  const dir = join(dirname(appFile), "pages");
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && MODULE_FILE.test(d.name) && !/^[._]/.test(d.name) && !/\.d\.ts$|\.test\./.test(d.name))
    .map((d) => ({ file: d.name }));
  return sortPages(files).map((f) => "pages/" + f.file);
}

/**
 * The PagesHost for an app file: pages/ (unless the app calls st.navigation, which replaces it: Streamlit's rule,
 * read from the source so a deep link to one of its pages is never served by pages/ first) and a module loader.
 * `refresh()` drops the loaded modules and re-reads pages/ (the folder changed).
 */
export function pagesHost(appFile: string, load: (file: string) => Promise<AppFunction>): PagesHost & { refresh(): void } {
  const dir = dirname(appFile);
  const cache = new Map<string, Promise<AppFunction>>();
  const loadModule = (path: string) => {
    const file = resolve(dir, path);
    let p = cache.get(file);
    if (!p) cache.set(file, (p = load(file)));
    return p;
  };
  const host = {
    pages: [] as PageModule[],
    loadModule,
    mainFile: basename(appFile),
    refresh() {
      cache.clear();
      host.explicit = false;
      const source = existsSync(appFile) ? readFileSync(appFile, "utf8") : "";
      const explicit = /\.navigation\s*\(/.test(source);
      host.pages = explicit ? [] : pageFiles(appFile).map((path) => ({ path, load: () => loadModule(path) }));
    },
  } as PagesHost & { pages: PageModule[]; refresh(): void };
  host.refresh();
  return host;
}

/** The PagesHost of an app module given by URL (AppTest.fromFile): modules are imported as they are. */
export function pagesHostForUrl(url: string): PagesHost {
  const file = fileURLToPath(url);
  return pagesHost(file, async (f) => {
    const mod = (await import(pathToFileURL(f).href)) as { default?: unknown };
    if (typeof mod.default !== "function") throw new Error(`${f} has no default export function (export default function page(st) { … }).`);
    return mod.default as AppFunction;
  });
}
