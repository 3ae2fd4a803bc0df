// The feature glue a page loads with it: scripts/gen-assets.mjs splits each feature's glue (chat, tabs, dialogs, …)
// off the bundle, with a selector of `.class` / `[attribute]` tokens; a token found in the page's HTML puts the
// file on the page (deferred, so it runs before the page is interactive). A miss only delays the file until
// static/glue/11-lazy.js finds the feature in the document; a false match only loads a file the page did not need.
import { lazyGlue } from "../gen/assets.ts";

/** A lazy glue selector's tokens as text to look for: `[data-sl-chat]` → `data-sl-chat`, `.sl-tabs` → `sl-tabs`. */
export const tokensOf = (selector: string): string[] => selector.split(",").map((s) => s.trim().replace(/^\.|^\[|\]$/g, ""));

const files = lazyGlue.map((g) => ({ url: g.url, tokens: tokensOf(g.selector) }));

/** `<script defer>` tags for the feature glue the HTML needs. */
export function lazyScripts(html: string): string {
  return files
    .filter((f) => f.tokens.some((t) => html.includes(t)))
    .map((f) => `<script src="${f.url.replace(/&/g, "&amp;")}" defer></script>`)
    .join("");
}
