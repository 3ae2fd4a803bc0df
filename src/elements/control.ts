// Control flow: st.stop() and st.rerun() end the run at once by throwing a signal the runner catches.
import type { DeltaGenerator } from "./dg.ts";
import { RerunSignal, StopSignal } from "../script/signals.ts";
import { FragmentScopeError } from "../util/errors.ts";

/** `if (!name) st.stop()` — ends this run; what was drawn stays. */
export function stop(dg: DeltaGenerator): never {
  dg.ctx.stopRequested = true;
  throw new StopSignal();
}

/**
 * `st.rerun()` — starts the app again from the top with the current values (also from inside a fragment).
 * `st.rerun({ scope: "fragment" })` reruns only the fragment it is called in, during a fragment rerun.
 */
export function rerun(dg: DeltaGenerator, options: { scope?: "app" | "fragment" } = {}): never {
  const ctx = dg.ctx;
  if (options.scope === "fragment") {
    if (!ctx.fragmentRun || !ctx.fragmentId) throw new FragmentScopeError();
    throw new RerunSignal(true, ctx.fragmentId);
  }
  throw new RerunSignal(true);
}
