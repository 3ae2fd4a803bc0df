// Control flow: st.stop() and st.rerun() end the run at once by throwing a signal the runner catches.
import type { DeltaGenerator } from "./dg.ts";
import { RerunSignal, StopSignal } from "../script/signals.ts";

/** `if (!name) st.stop()` — ends this run; what was drawn stays. */
export function stop(dg: DeltaGenerator): never {
  dg.ctx.stopRequested = true;
  throw new StopSignal();
}

/** `st.rerun()` — starts the app again from the top with the current values. */
export function rerun(dg: DeltaGenerator, _options: { scope?: "app" | "fragment" } = {}): never {
  void dg.ctx;
  throw new RerunSignal(true);
}
