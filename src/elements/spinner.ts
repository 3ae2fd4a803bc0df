// st.spinner: shows a spinner in place while a callback runs, then empties its slot (Streamlit's spinner is
// transient). The callback's value is returned. An await in the callback flushes, so the page shows the spinner.
import type { DeltaGenerator } from "./dg.ts";

/** `const data = await st.spinner("Loading…", () => fetchData())` */
export async function spinner<T>(dg: DeltaGenerator, text: string | (() => T | Promise<T>), fn?: () => T | Promise<T>): Promise<T> {
  if (typeof text === "function") [text, fn] = ["In progress...", text];
  const path = dg.writeElement({ spinner: { text: String(text) } });
  const slot = dg.child(dg.path, path);
  let out: T;
  try {
    out = await fn!();
  } catch (e) {
    try {
      slot.writeElement({ empty: {} });
    } catch {} // the run is ending (stopped, interrupted): its error, not this one, is the one to report
    throw e;
  }
  slot.writeElement({ empty: {} });
  return out;
}
