// The script runner: one per session. Runs the app on request, interrupts a running script at its next st.*
// call when a newer request arrives, coalesces requests, runs callbacks before the body, and turns st.stop(),
// st.rerun() and uncaught errors into the right end-of-run status.
import { sluice } from "../gen/proto.js";
import { randomId } from "../util/hash.ts";
import { RunContext, type MessageSink } from "./context.ts";
import { coalesce, type RerunRequest } from "./request.ts";
import { isSignal, RerunSignal, StopSignal } from "./signals.ts";
import { publicValue, type SessionState } from "./state.ts";
import type { WidgetDef } from "./widget.ts";

export type AppFunction<St = any> = (st: St) => unknown;

/** What the runner needs from the st layer: a fresh st for a run, and a way to show an error in place. */
export interface StFactory<St = any> {
  create(runner: ScriptRunner): St;
  showError(st: St, error: unknown): void;
}

const Status = sluice.ScriptFinishedStatus;

export class ScriptRunner {
  ctx: RunContext | null = null;
  /** Prefix of script run ids (one random draw per runner, not per run). */
  private readonly idPrefix = randomId(4);
  runCount = 0;
  private pending: RerunRequest | null = null;
  private loop: Promise<void> | null = null;

  private app: AppFunction;
  readonly state: SessionState;
  private readonly factory: StFactory;
  private readonly sink: MessageSink;

  constructor(app: AppFunction, state: SessionState, factory: StFactory, sink: MessageSink) {
    this.app = app;
    this.state = state;
    this.factory = factory;
    this.sink = sink;
  }

  get running(): boolean {
    return this.loop !== null;
  }

  /** Replaces the app (rerun on save); the next run uses it. */
  setApp(app: AppFunction): void {
    this.app = app;
  }

  /**
   * Asks for a run. A run in progress is interrupted at its next st.* call and the requests are merged.
   * Resolves when the session is idle again (this request's run, or a later one that absorbed it, has finished).
   */
  request(req: RerunRequest): Promise<void> {
    this.pending = this.pending ? coalesce(this.pending, req) : req;
    if (this.ctx) this.ctx.interrupted = true;
    this.loop ??= this.drain().finally(() => (this.loop = null));
    return this.loop;
  }

  /** st.stop() from outside (BackMsg.stop_script). */
  stop(): void {
    if (this.ctx) this.ctx.stopRequested = true;
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const req = this.pending;
      this.pending = null;
      await this.runOnce(req);
    }
  }

  private async runOnce(req: RerunRequest): Promise<void> {
    const state = this.state;
    const ctx = new RunContext(++this.runCount, `${this.idPrefix}-${this.runCount}`, state, this.sink);
    this.ctx = ctx;
    state.triggers.clear();
    ctx.send({ newSession: { scriptRunId: ctx.scriptRunId } });
    ctx.send({ sessionStatusChanged: { scriptIsRunning: true } });
    const st = this.factory.create(this);
    let status: number = Status.FINISHED_SUCCESSFULLY;
    let completed = true;
    try {
      this.applyRequest(req);
      await this.app(st);
    } catch (error) {
      if (error instanceof RerunSignal) {
        status = Status.FINISHED_EARLY_FOR_RERUN;
        completed = false;
        if (error.requestedByScript) this.pending = this.pending ? coalesce({ widgetStates: null }, this.pending) : { widgetStates: null };
        else this.carryUnreachedPresses(ctx);
      } else if (error instanceof StopSignal) {
        completed = false;
      } else if (ctx.interrupted && !ctx.stopRequested) {
        status = Status.FINISHED_EARLY_FOR_RERUN; // the error came from an interrupted run; the next run decides
        completed = false;
      } else {
        completed = false;
        ctx.interrupted = false;
        try {
          this.factory.showError(st, error);
        } catch (inner) {
          if (!isSignal(inner)) console.error("sluice: could not render an app error", inner);
        }
      }
    }
    state.instantiatedKeys = new Set(); // between runs (and in callbacks) every key may be set again
    if (completed) state.cleanup(ctx.widgets);
    else for (const [id, def] of ctx.widgets) state.registry.set(id, def);
    this.ctx = null;
    ctx.send({ scriptFinished: status });
    if (!this.pending) ctx.send({ sessionStatusChanged: { scriptIsRunning: false } });
  }

  /** A press whose button the interrupted run never reached is still owed to the app: hand it to the next run. */
  private carryUnreachedPresses(ctx: RunContext): void {
    const unreached = [...this.state.triggers].filter((id) => !ctx.widgets.has(id));
    if (!unreached.length || !this.pending) return;
    this.pending = coalesce({ widgetStates: unreached.map((id) => ({ id, triggerValue: true })) }, this.pending);
  }

  /** Applies the browser's widget values, then runs the callbacks of the widgets that changed (Streamlit's order). */
  private applyRequest(req: RerunRequest): void {
    const state = this.state;
    const changed: WidgetDef[] = [];
    if (req.widgetStates) state.applyErrors(req.widgetStates, req.widgetErrors ?? []);
    for (const ws of req.widgetStates ?? []) {
      const def = state.registry.get(ws.id ?? "");
      if (!def) continue; // validated upstream; a widget that vanished meanwhile is ignored
      if (def.trigger) {
        if (ws.triggerValue) {
          state.triggers.add(def.id);
          changed.push(def);
        }
        continue;
      }
      const value = def.fromState(ws);
      const old = state.widgetValues.has(def.id) ? state.widgetValues.get(def.id) : def.defaultValue;
      if (def.equals(old, value)) continue;
      state.widgetValues.set(def.id, value);
      if (def.key !== undefined) {
        state.user.set(def.key, publicValue(def, value));
        state.dirtyKeys.delete(def.key);
      }
      changed.push(def);
    }
    for (const def of changed) def.onChange?.(...(def.args ?? []));
  }
}
