// The session's Renderer, made of the templates: patches, full refreshes and live-region text as HTML.
import { renderPatches } from "../../templates/fragments.tsx";
import { renderRoots } from "../../templates/tree.tsx";
import type { Renderer } from "../session/session.ts";

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const htmlRenderer: Renderer = {
  patches: renderPatches,
  refresh(snapshot) {
    const roots = renderRoots(snapshot);
    return Object.entries(roots)
      .map(([root, html]) => `<hx-partial hx-target="#sl-${root}-c" hx-swap="innerMorph">${html}</hx-partial>`)
      .join("");
  },
  status: (text) => `<hx-partial hx-target="#sl-status" hx-swap="innerHTML">${escapeText(text)}</hx-partial>`,
};
