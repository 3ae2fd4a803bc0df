// st.pageLink: a link to a page of the app (the current one marked) or to an external URL. Not a widget: with
// scripts the glue turns a click into a rerun of the same session; without them the template's submit button does.
import type { DeltaGenerator } from "./dg.ts";
import { findPage } from "./navigation.ts";
import type { StreamlitPage } from "../pages/page.ts";

export interface PageLinkOptions {
  /** The link's text (default: the page's title; required for an external URL). */
  label?: string;
  icon?: string;
  help?: string;
  disabled?: boolean;
  /** Query parameters the page opens with (app pages only). */
  queryParams?: Record<string, unknown>;
  useContainerWidth?: boolean;
}

const EXTERNAL = /^(https?:|mailto:)/i;

/** `st.pageLink("pages/settings.ts", { label: "Settings", icon: "⚙️" })`, `st.pageLink(page)`, `st.pageLink("https://…", { label })` */
export function pageLink(dg: DeltaGenerator, page: StreamlitPage | string, options: PageLinkOptions = {}): void {
  const common = { help: options.help ?? "", disabled: !!options.disabled, icon: options.icon ?? "", useContainerWidth: !!options.useContainerWidth };
  if (typeof page === "string" && EXTERNAL.test(page)) {
    dg.writeElement({ pageLink: { ...common, page, label: options.label ?? page, external: true } });
    return;
  }
  const target = findPage(dg, page);
  const url = dg.ctx.state.url;
  const query = new URLSearchParams(Object.entries(options.queryParams ?? {}).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, String(x)]))).toString();
  dg.writeElement({
    pageLink: {
      ...common,
      icon: options.icon ?? target.icon,
      page: target.href + (query ? "?" + query : ""),
      label: options.label ?? target.title,
      isCurrent: url.current?.hash === target.hash,
    },
  });
}
