/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.code → <pre><code> with the language named for assistive technology.
import type { sluice } from "../../src/gen/proto.js";

export default function Code({ el }: { el: sluice.ICode; id: string }) {
  const lines = (el.codeText ?? "").split("\n");
  return (
    <figure class="sl-code">
      {el.language ? <figcaption class="sl-code-lang">{el.language}</figcaption> : null}
      <pre class={el.wrapLines ? "sl-wrap" : undefined} tabindex={0}>
        <code class={el.language ? "language-" + el.language : undefined}>
          {el.showLineNumbers ? lines.map((l, i) => <span class="sl-line" data-n={i + 1}>{l + "\n"}</span>) : el.codeText}
        </code>
      </pre>
    </figure>
  );
}
