// st.status: an expander with a state (running, complete, error) whose label, state and open state update in place.
// Rewriting a block drops its children (the diff's rule), so the status remembers what this run wrote into it and
// writes it again after the block.
import { DeltaGenerator } from "./dg.ts";
import type { sluice } from "../gen/proto.js";
import { SluiceAPIError } from "../util/errors.ts";

export type StatusState = "running" | "complete" | "error";
export interface StatusOptions {
  expanded?: boolean;
  state?: StatusState;
}

type Written = [path: readonly number[], delta: sluice.IDelta];

/** A generator that records every write made into it (and into containers inside it) in this run. */
export class RecordingGenerator extends DeltaGenerator {
  log: Written[] = [];

  override writeElement(element: sluice.IElement): number[] {
    const path = super.writeElement(element);
    this.log.push([path, { newElement: element }]);
    return path;
  }

  override writeBlock(block: sluice.IBlock): DeltaGenerator {
    const child = super.writeBlock(block);
    this.log.push([child.path, { addBlock: block }]);
    return child;
  }

  override child(path: readonly number[], locked?: readonly number[]): DeltaGenerator {
    const c = super.child(path, locked);
    if (c instanceof RecordingGenerator) c.log = this.log; // one log for the status and everything inside it
    return c;
  }
}

/** What st.status returns: a container with update(). */
export interface StatusHandle {
  update(o: { label?: string; state?: StatusState; expanded?: boolean }): void;
}

const STATES: readonly string[] = ["running", "complete", "error"];

function checkState(state: unknown): StatusState {
  if (!STATES.includes(state as string)) {
    throw new SluiceAPIError(`\`st.status\` state must be "running", "complete" or "error"; got ${JSON.stringify(state)}.`);
  }
  return state as StatusState;
}

/** `const s = st.status("Crunching"); s.write("step 1"); s.update({ label: "Done", state: "complete" })` */
export function status(dg: DeltaGenerator, label: string, o: StatusOptions = {}): DeltaGenerator & StatusHandle {
  let current = { label, expanded: !!o.expanded, icon: "", state: checkState(o.state ?? "running") };
  const inner = dg.writeBlock({ expandable: current });
  const box = new RecordingGenerator(dg.runner, inner.path);
  const path = inner.path;
  const runId = dg.ctx.runId;
  return Object.assign(box, {
    update(u: { label?: string; state?: StatusState; expanded?: boolean }): void {
      const ctx = box.ctx;
      if (ctx.runId !== runId) throw new SluiceAPIError("`status.update` was called on a status from an earlier run.");
      current = {
        ...current,
        label: u.label ?? current.label,
        state: u.state === undefined ? current.state : checkState(u.state),
        expanded: u.expanded ?? current.expanded,
      };
      ctx.enqueue(path, { addBlock: { expandable: current } }); // the same cursor: later writes still append
      for (const [p, delta] of box.log) ctx.enqueue(p, { ...delta });
    },
  });
}
