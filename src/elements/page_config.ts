// st.setPageConfig: the page's title, icon and layout. Not an element: a PageConfig message for the whole page.
import type { DeltaGenerator } from "./dg.ts";

export interface PageConfigOptions {
  /** The browser tab's title. */
  pageTitle?: string;
  /** An emoji or an image URL for the tab's icon. */
  pageIcon?: string;
  /** "centered" (the default) or "wide". */
  layout?: "centered" | "wide";
}

/** `st.setPageConfig({ pageTitle: "Sales", pageIcon: "📈", layout: "wide" })` — may be called more than once. */
export function setPageConfig(dg: DeltaGenerator, o: PageConfigOptions = {}): void {
  const ctx = dg.ctx;
  ctx.yieldPoint();
  ctx.send({
    pageConfigChanged: {
      title: o.pageTitle ?? "",
      favicon: o.pageIcon ?? "",
      layout: o.layout === "wide" ? 1 : o.layout === "centered" ? 0 : 2,
    },
  });
}
