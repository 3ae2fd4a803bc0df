// st.code: a code block with a language label.
import type { DeltaGenerator } from "./dg.ts";

export interface CodeOptions {
  /** Default "python", as in Streamlit; null for plain text. */
  language?: string | null;
  lineNumbers?: boolean;
  wrapLines?: boolean;
}

/** `st.code("const x = 1", { language: "ts" })` */
export function code(dg: DeltaGenerator, body: string, options: CodeOptions = {}): void {
  dg.writeElement({
    code: {
      codeText: String(body),
      language: options.language === null ? "" : (options.language ?? "python"),
      showLineNumbers: !!options.lineNumbers,
      wrapLines: !!options.wrapLines,
    },
  });
}
