/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.markdown / caption / divider → HTML from Markdown (raw HTML escaped unless allowed).
import type { sluice } from "../../src/gen/proto.js";
import { markdownToHtml } from "../format.ts";

export default function Markdown({ el, id }: { el: sluice.IMarkdown; id: string }) {
  if (el.elementType === 5) return <hr class="sl-divider" />;
  // st.writeStream, still arriving: plain text that appends extend (busy, so it is not read out token by token).
  if (el.streaming) {
    return (
      <div class="sl-markdown sl-streaming" aria-busy="true">
        <p id={id + "-t"} class="sl-stream-text">{el.body ?? ""}</p>
      </div>
    );
  }
  const html = markdownToHtml(el.body ?? "", !!el.allowHtml);
  return <div class={el.isCaption ? "sl-markdown sl-caption" : "sl-markdown"} dangerouslySetInnerHTML={{ __html: html }} />;
}
