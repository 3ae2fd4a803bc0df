/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.markdown / caption / divider → HTML from Markdown (raw HTML escaped unless allowed).
import type { sluice } from "../../src/gen/proto.js";
import { markdownToHtml } from "../format.ts";

export default function Markdown({ el }: { el: sluice.IMarkdown; id: string }) {
  if (el.elementType === 5) return <hr class="sl-divider" />;
  const html = markdownToHtml(el.body ?? "", !!el.allowHtml);
  return <div class={el.isCaption ? "sl-markdown sl-caption" : "sl-markdown"} dangerouslySetInnerHTML={{ __html: html }} />;
}
