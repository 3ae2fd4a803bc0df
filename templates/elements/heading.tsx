/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.title / header / subheader → h1–h3 with a deep-link anchor.
import type { sluice } from "../../src/gen/proto.js";
import { inlineMarkdown } from "../format.ts";

const slug = (s: string) => s.toLowerCase().replace(/<[^>]*>/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
/**
 * The heading's DOM id. Generated anchors are prefixed ("h-"), and an explicit anchor in the framework's "sl-"
 * namespace is too, so no heading can take a delta path's id (`sl-0-3`) and break the page's swaps.
 */
export const headingId = (el: sluice.IHeading): string | undefined => {
  if (el.hideAnchor) return undefined;
  if (el.anchor) return /^sl-/i.test(el.anchor) ? "h-" + el.anchor : el.anchor;
  const s = slug(el.body ?? "");
  return s ? "h-" + s : undefined;
};

export default function Heading({ el }: { el: sluice.IHeading; id: string }) {
  const Tag = (["h1", "h2", "h3", "h4", "h5", "h6"].includes(el.tag ?? "") ? el.tag : "h2") as "h1";
  const anchor = headingId(el);
  return (
    <>
      <Tag class="sl-heading" id={anchor} dangerouslySetInnerHTML={{ __html: inlineMarkdown(el.body ?? "") }} />
      {el.help ? <small class="sl-help">{el.help}</small> : null}
      {el.divider ? <hr class={"sl-heading-rule sl-rule-" + el.divider} /> : null}
    </>
  );
}
