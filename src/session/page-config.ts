// What st.setPageConfig set for a tab ("" where nothing was), and whether the sidebar shows: the page renders it,
// and a change is sent to the open tab.
import type { sluice } from "../gen/proto.js";

export interface PageConfig {
  title: string;
  favicon: string;
  layout: string;
  sidebar: boolean;
}

/** Applies a PageConfig message (empty fields keep what was set); true when anything the tab shows changed. */
export function applyPageConfig(page: PageConfig, c: NonNullable<sluice.IForwardMsg["pageConfigChanged"]>): boolean {
  const next = {
    title: c.title || page.title,
    favicon: c.favicon || page.favicon,
    layout: c.layout === 1 ? "wide" : c.layout === 0 ? "centered" : page.layout,
  };
  if (next.title === page.title && next.favicon === page.favicon && next.layout === page.layout) return false;
  Object.assign(page, next);
  return true;
}
