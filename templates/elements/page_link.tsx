/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.pageLink → a real link (the glue makes a click a rerun of this tab's session) and, for a page without
// JavaScript, a submit button asking for the same page (a plain link would start a new session). One of the two
// is shown (nojs.css); the current page's is marked aria-current="page".
import type { sluice } from "../../src/gen/proto.js";
import { describedBy, Help } from "../parts.tsx";
import { safeHref } from "../../src/util/safe-url.ts";

export default function PageLink({ el, id }: { el: sluice.IPageLink; id: string }) {
  const content = (
    <>
      {el.icon ? <span aria-hidden="true">{el.icon} </span> : null}
      {el.label}
    </>
  );
  const cls = "sl-page-link" + (el.useContainerWidth ? " sl-full" : "") + (el.isCurrent ? " sl-current" : "");
  const help = describedBy(id, el.help);
  const current = el.isCurrent ? "page" : undefined;
  const href = safeHref(el.page ?? "") ?? "#"; // the command allows http(s), mailto and the app's own paths only
  return (
    <div class="sl-widget sl-page-link-wrap">
      {el.disabled ? (
        <span class={cls + " sl-disabled"} aria-disabled="true" aria-describedby={help}>{content}</span>
      ) : el.external ? (
        <a class={cls} href={href} rel="noopener noreferrer" aria-describedby={help}>{content}</a>
      ) : (
        <>
          <a class={cls} href={href} data-sl-page={href} aria-current={current} aria-describedby={help}>{content}</a>
          <button type="submit" class={cls + " sl-nojs-page"} name="_sluice_page" value={el.page ?? "/"} aria-current={current} aria-describedby={help}>{content}</button>
        </>
      )}
      <Help id={id} help={el.help} />
    </div>
  );
}
