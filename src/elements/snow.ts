// st.snow: a decorative CSS animation in place. Each call is a new show (the run's id), so it plays again.
import type { DeltaGenerator } from "./dg.ts";

/** `st.snow()` */
export function snow(dg: DeltaGenerator): void {
  dg.writeElement({ snow: { show: dg.ctx.runId } });
}
