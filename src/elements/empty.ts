// st.empty: a single slot; each write replaces what it holds.
import type { DeltaGenerator } from "./dg.ts";

/** `const slot = st.empty(); slot.text("Loading…"); slot.text("Done")` */
export function empty(dg: DeltaGenerator): DeltaGenerator {
  const path = dg.writeElement({ empty: {} });
  return dg.child(dg.path, path);
}
