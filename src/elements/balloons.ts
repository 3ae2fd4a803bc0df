// st.balloons: a decorative CSS animation in place. Each call is a new show (the run's id), so it plays again.
import type { DeltaGenerator } from "./dg.ts";

/** `if (st.button("Celebrate")) st.balloons()` */
export function balloons(dg: DeltaGenerator): void {
  dg.writeElement({ balloons: { show: dg.ctx.runId } });
}
