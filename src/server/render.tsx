/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// The session's Renderer, made of the templates: patches, full refreshes and live-region text as HTML.
import { renderPatches } from "../../templates/fragments.tsx";
import { renderRoots } from "../../templates/tree.tsx";
import type { Renderer } from "../session/session.ts";
import { faviconHref, PageState } from "../../templates/page.tsx";
import { toHtml } from "../../templates/node.tsx";
import { escapeHtml } from "../../templates/format.ts";
import { elementPreparers, preparePatches } from "../../templates/prepare.ts";
import { navRegions } from "../../templates/nav.tsx";
import { DEFAULT_ICON } from "./page.ts";


export const htmlRenderer: Renderer = {
  patches: renderPatches,
  prepare: preparePatches,
  prepares: (type) => Object.hasOwn(elementPreparers, type),
  refresh(snapshot) {
    const roots = renderRoots(snapshot);
    return Object.entries(roots)
      .map(([root, html]) => `<hx-partial hx-target="#sl-${root}-c" hx-swap="innerMorph">${html}</hx-partial>`)
      .join("");
  },
  status: (text) => `<hx-partial hx-target="#sl-status" hx-swap="innerHTML">${escapeHtml(text)}</hx-partial>`,
  page: (p, pages) => render(p.favicon || (pages?.nav ? DEFAULT_ICON : ""), p, pages), // another page: its icon, or the default again
};

function render(favicon: string, p: Parameters<Renderer["page"]>[0], pages: Parameters<Renderer["page"]>[1]): string {
  return (
    (pages ? navRegions(pages.view, p.title, pages.nav).map((r) => `<hx-partial hx-target="#${idOf(r)}" hx-swap="outerHTML">${toHtml(r)}</hx-partial>`).join("") : "") +
    (p.title ? `<title>${escapeHtml(p.title)}</title>` : "") + // htmx sets document.title from it
    `<hx-partial hx-target="#sl-page" hx-swap="outerHTML">${toHtml(<PageState layout={p.layout} sidebar={p.sidebar} />)}</hx-partial>` +
    (favicon ? `<hx-partial hx-target="#sl-favicon" hx-swap="outerHTML">${toHtml(<link rel="icon" id="sl-favicon" href={faviconHref(favicon)} />)}</hx-partial>` : "")
  );
}

/** The id of a region's outer element (its partial replaces it). */
const idOf = (node: unknown): string => (node as { props?: { id?: string } }).props?.id ?? "";
