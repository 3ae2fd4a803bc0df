// DeltaGenerator: a place to write (a root, a block, or one locked slot). Every st.* command is a function of a
// DeltaGenerator; src/elements/index.ts installs them as methods, so containers have the same methods as st.
import type { sluice } from "../gen/proto.js";
import type { RunContext } from "../script/context.ts";
import type { ScriptRunner } from "../script/runner.ts";
import { SluiceAPIError } from "../util/errors.ts";

export class DeltaGenerator {
  readonly runner: ScriptRunner;
  /** The container this writes into. */
  readonly path: readonly number[];
  /** For st.empty() and element handles: the one path every write replaces. */
  readonly locked?: readonly number[];
  /** The st.form this writes into ("" outside forms): widgets drawn here post only when the form is submitted. */
  formId = "";

  constructor(runner: ScriptRunner, path: readonly number[], locked?: readonly number[]) {
    this.runner = runner;
    this.path = path;
    this.locked = locked;
  }

  /** The current run. Resolved on each call, so callbacks and handles kept from earlier runs write to this one. */
  get ctx(): RunContext {
    const ctx = this.runner.ctx;
    if (!ctx) throw new SluiceAPIError("An st.* command was called while no run is active (after the app returned?).");
    return ctx;
  }

  /** Writes an element; returns its delta path. */
  writeElement(element: sluice.IElement): number[] {
    const ctx = this.ctx;
    ctx.yieldPoint();
    const path = this.locked ? [...this.locked] : ctx.allocate(this.path);
    ctx.enqueue(path, { newElement: element });
    return path;
  }

  /** Writes a block; returns a generator for its children. */
  writeBlock(block: sluice.IBlock): DeltaGenerator {
    const ctx = this.ctx;
    ctx.yieldPoint();
    const path = this.locked ? [...this.locked] : ctx.allocate(this.path);
    ctx.enqueue(path, { addBlock: block });
    ctx.cursors.delete(path.join(".")); // a rewritten block starts its children from 0
    return this.child(path);
  }

  /** A generator of the same class (so it has every command) for another container or slot. */
  child(path: readonly number[], locked?: readonly number[]): DeltaGenerator {
    const dg = new (this.constructor as typeof DeltaGenerator)(this.runner, path, locked);
    dg.formId = this.formId; // a container inside a form is in the form too
    return dg;
  }
}
