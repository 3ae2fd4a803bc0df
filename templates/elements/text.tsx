/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.text → preformatted text.
import type { sluice } from "../../src/gen/proto.js";

export default function Text({ el }: { el: sluice.IText; id: string }) {
  return <pre class="sl-text">{el.body}</pre>;
}
