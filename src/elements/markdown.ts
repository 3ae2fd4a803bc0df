// st.markdown, st.caption and st.divider: Markdown elements (HTML in the source is escaped unless allowed).
import type { DeltaGenerator } from "./dg.ts";

export interface MarkdownOptions {
  /** Let raw HTML in the Markdown through (Streamlit's unsafe_allow_html). Default false: it is shown as text. */
  unsafeAllowHtml?: boolean;
  help?: string;
}

/** `st.markdown("**bold** and _italic_")` */
export function markdown(dg: DeltaGenerator, body: unknown, options: MarkdownOptions = {}): void {
  dg.writeElement({
    markdown: { body: String(body), allowHtml: !!options.unsafeAllowHtml, elementType: 1, help: options.help ?? "" },
  });
}

/** `st.caption("Small print")` */
export function caption(dg: DeltaGenerator, body: unknown, options: MarkdownOptions = {}): void {
  dg.writeElement({
    markdown: { body: String(body), allowHtml: !!options.unsafeAllowHtml, isCaption: true, elementType: 2, help: options.help ?? "" },
  });
}

/** `st.divider()`: a horizontal rule. */
export function divider(dg: DeltaGenerator): void {
  dg.writeElement({ markdown: { body: "---", elementType: 5 } });
}
