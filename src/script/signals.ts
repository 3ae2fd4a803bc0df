// Control-flow signals: thrown through the app script at a yield point and caught by the runner. Not errors.

/** `st.stop()`: end this run now; keep what was drawn; skip widget cleanup. */
export class StopSignal {
  readonly sluiceSignal = "stop";
}

/** A newer rerun request (or `st.rerun()`): end this run at the next `st.*` call and start again. */
export class RerunSignal {
  readonly sluiceSignal = "rerun";
  readonly requestedByScript: boolean;
  /** `st.rerun({ scope: "fragment" })`: rerun only this fragment. */
  readonly fragmentId: string;
  constructor(requestedByScript = false, fragmentId = "") {
    this.requestedByScript = requestedByScript;
    this.fragmentId = fragmentId;
  }
}

export const isSignal = (e: unknown): e is StopSignal | RerunSignal =>
  typeof e === "object" && e !== null && "sluiceSignal" in e;
