// Page titles, URL paths and order from file and function names, as Streamlit derives them: a numeric prefix
// orders, separators (`_`, `-`, space) after it are dropped, underscores become spaces in the title, and the URL
// path is the rest with runs of spaces and underscores collapsed to one `_`. Pure.

export interface PageName {
  title: string;
  urlPath: string;
  /** The numeric prefix (Infinity when none): pages/ is sorted by it, then by title. */
  order: number;
  /** A leading emoji in the name ("02_📈_Charts.ts"), used as the page's icon. */
  icon: string;
}

/** A module file name: .ts, .tsx, .js, .jsx, .mts, .mjs, .cts, .cjs. */
export const MODULE_FILE = /\.[mc]?[jt]sx?$/;
const EMOJI = /^((?:\p{Extended_Pictographic}|\u200d|\ufe0f)+)[_ -]*/u;

/** `02_📈_sales_report.ts` → { title "sales report", urlPath "sales_report", order 2, icon "📈" }. */
export function pageNameFromFile(file: string): PageName {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(MODULE_FILE, "");
  const m = /^([0-9]*)[_ -]*(.*)$/s.exec(base)!;
  let rest = m[2] || m[1] || base;
  const emoji = EMOJI.exec(rest);
  const icon = emoji && emoji[0].length < rest.length ? emoji[1]! : "";
  if (icon) rest = rest.slice(emoji![0].length);
  return { title: titleOf(rest), urlPath: urlPathOf(rest), order: m[1] ? Number(m[1]) : Infinity, icon };
}

/** A page function's title and URL path from its name (`function sales_report` → "sales report", "sales_report"). */
export function pageNameFromFunction(name: string): Pick<PageName, "title" | "urlPath"> {
  return { title: titleOf(name), urlPath: urlPathOf(name) };
}

const titleOf = (label: string) => label.replace(/_/g, " ").replace(/\s+/g, " ").trim();
const urlPathOf = (label: string) => label.trim().replace(/[ _]+/g, "_");

/** Streamlit's order for pages/: by numeric prefix, then by title. */
export function sortPages<T extends { file: string }>(pages: readonly T[]): T[] {
  const keyed = pages.map((p) => ({ p, n: pageNameFromFile(p.file) }));
  keyed.sort((a, b) => (a.n.order !== b.n.order ? (a.n.order < b.n.order ? -1 : 1) : a.n.title < b.n.title ? -1 : a.n.title > b.n.title ? 1 : 0));
  return keyed.map((k) => k.p);
}

/** A URL path option without its slashes; a nested path is refused by the caller. */
export function cleanUrlPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}
