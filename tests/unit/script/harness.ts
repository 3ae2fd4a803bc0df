// Helpers for the runner tests: a ScriptRunner wired to the real st layer that records its ForwardMsgs, widget
// states built through the registered definitions (as a rerun post would be), and a gate an app can await.
import { sluice } from "../../../src/gen/proto.js";
import { stFactory, type St } from "../../../src/elements/index.ts";
import { ScriptRunner } from "../../../src/script/runner.ts";
import { SessionState } from "../../../src/script/state.ts";
import { typeOf } from "../../../src/diff/diff.ts";

export interface Recorded {
  runId: number;
  msg: sluice.IForwardMsg;
}

export function harness(app: (st: St) => unknown) {
  const state = new SessionState();
  const log: Recorded[] = [];
  const runner = new ScriptRunner(app, state, stFactory, (msg, ctx) => log.push({ runId: ctx.runId, msg }));
  const idOf = (label: string): string => {
    for (const def of state.registry.values()) if (def.label === label) return def.id;
    throw new Error(`no widget "${label}" registered`);
  };
  /** A WidgetState for the widget labelled `label` holding the stored value `value`. */
  const ws = (label: string, value: unknown): sluice.IWidgetState => {
    const def = state.registry.get(idOf(label))!;
    return { id: def.id, ...def.toState(value) };
  };
  /** Statuses of the runs, in order. */
  const finished = () => log.filter((r) => r.msg.scriptFinished != null).map((r) => r.msg.scriptFinished);
  /** [runId, kind, body] of every element delta. */
  const elements = () =>
    log
      .filter((r) => r.msg.delta?.newElement)
      .map((r) => {
        const el = r.msg.delta!.newElement! as Record<string, any>;
        const kind = typeOf(el)!;
        return [r.runId, kind, el[kind]?.body ?? el[kind]?.label ?? el[kind]?.message] as const;
      });
  return { state, runner, log, idOf, ws, finished, elements };
}

export function gate() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

export const Status = sluice.ScriptFinishedStatus;
