// showSpinner: while a cached function's miss computes inside a run, st.spinner's element stands in the run's main
// container (where the call is), and its slot empties when the value arrives, as st.spinner does.
import { DeltaGenerator } from "../elements/dg.ts";
import type { RunContext } from "../script/context.ts";
import type { ScriptRunner } from "../script/runner.ts";

/** Shows `text` in `owner`'s running run until `work` settles; `work` itself when no run can be told. */
export function spinUntil<T>(owner: object | undefined, text: string, work: Promise<T>): Promise<T> {
  const runner = owner as ScriptRunner | undefined;
  const ctx = runner?.ctx as RunContext | null | undefined;
  if (!runner || !ctx || ctx.abandoned) return work;
  // A generator fixed to this run: if the app lets the promise outlive the run, the clear-up writes nothing.
  const fixed = Object.create(runner, { ctx: { value: ctx } }) as ScriptRunner;
  const dg = new DeltaGenerator(fixed, [0]);
  const path = dg.writeElement({ spinner: { text } }); // an interrupted run stops here, as at any st.* call
  const slot = dg.child(dg.path, path);
  const clear = () => {
    if (runner.ctx === ctx && !ctx.abandoned) slot.writeElement({ empty: {} });
  };
  return work.then(
    (value) => (clear(), value),
    (error) => {
      try {
        clear();
      } catch {} // the run is ending: its error, not this one, is the one to report
      throw error;
    },
  );
}
