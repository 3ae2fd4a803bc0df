// st.text: fixed-width text, shown as written.
import type { DeltaGenerator } from "./dg.ts";

/** `st.text("Hello")` */
export function text(dg: DeltaGenerator, body: unknown, options: { help?: string } = {}): void {
  dg.writeElement({ text: { body: String(body), help: options.help ?? "" } });
}
