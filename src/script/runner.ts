// The script runner: one per session. Runs the app on request, interrupts a running script at its next st.*
// call when a newer request arrives, coalesces requests, runs callbacks before the body, and turns st.stop(),
// st.rerun() and uncaught errors into the right end-of-run status. A run stuck in an await is abandoned when it is
// stopped (Stop, runner.maxRunSeconds, the tab gone): the runner races the app against a stop signal.
import { sluice } from "../gen/proto.js";
import { randomId } from "../util/hash.ts";
import { RunContext, type MessageSink } from "./context.ts";
import { coalesce, type RerunRequest } from "./request.ts";
import { isSignal, RerunSignal, StopSignal } from "./signals.ts";
import { runScope, type FaultOwner } from "./scope.ts";
import { watchRun, type RunnerLimits, type StopReason } from "./watchdog.ts";
import { publicValue, type SessionState } from "./state.ts";
import { RunTimeoutError } from "../util/errors.ts";
import type { WidgetDef } from "./widget.ts";
import { formPost, keepDrafts } from "./forms.ts";
import { cleanupFragmentRun, enterFragmentRun, FragmentStore } from "./fragments.ts";
import type { ConnectionEnv } from "../connections/types.ts";
import { noSecrets, type Secrets } from "./secrets.ts";

export type AppFunction<St = any> = (st: St) => unknown;
export type { RunnerLimits, StopReason };

/** What the runner needs from the st layer: a fresh st for a run, and a way to show an error in place. */
export interface StFactory<St = any> {
  create(runner: ScriptRunner): St;
  showError(st: St, error: unknown): void;
}

const Status = sluice.ScriptFinishedStatus;
const noop = () => {};

export class ScriptRunner implements FaultOwner {
  ctx: RunContext | null = null;
  /** Prefix of script run ids (one random draw per runner, not per run). */
  private readonly idPrefix = randomId(4);
  runCount = 0;
  private pending: RerunRequest | null = null;
  private loop: Promise<void> | null = null;
  /** The fragments the latest runs registered (a fragment run reruns one of them). */
  readonly fragments = new FragmentStore();
  /** Cursors at the end of the latest full run: a fragment run's writes outside its block append after them. */
  private fullCursors: ReadonlyMap<string, number> = new Map();
  /** What st.connection uses from where the app runs (SQLite driver, secrets): set by createApp / AppTest. */
  env: ConnectionEnv = {};
  /** st.secrets for this runner's runs: createApp and AppTest set it (read on each access, so a reload applies). */
  secrets: () => Secrets = () => noSecrets;

  private app: AppFunction;
  readonly state: SessionState;
  private readonly factory: StFactory;
  private readonly sink: MessageSink;
  private readonly limits: RunnerLimits;
  /** The latest run (running or finished): a fault after it ends is shown after its output. */
  private lastCtx: Pick<RunContext, "runId" | "scriptRunId" | "cursors"> | null = null; // not the whole context: an idle session keeps only this
  /** Where faults go while no run is active (after the latest run's elements). */
  private faultCtx: RunContext | null = null;

  constructor(app: AppFunction, state: SessionState, factory: StFactory, sink: MessageSink, limits: RunnerLimits = {}) {
    this.app = app;
    this.state = state;
    this.factory = factory;
    this.sink = sink;
    this.limits = limits;
  }

  get sessionId(): string {
    return this.limits.sessionId ?? "";
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
    // A run cut short must be redone: a fragment request that interrupts anything but a run of that fragment is full.
    if (this.ctx && req.fragmentId && this.ctx.fragmentRun !== req.fragmentId) req = { ...req, fragmentId: undefined };
    this.pending = this.pending ? coalesce(this.pending, req) : req;
    if (this.ctx) this.ctx.interrupted = true;
    this.loop ??= this.drain().finally(() => (this.loop = null));
    return this.loop;
  }

  /**
   * Stop from outside (BackMsg.stop_script, Streamlit's Stop button): the run ends now, also when it is stuck in an
   * await (it is abandoned; its code stops at its next st.* call). A rerun still waiting is dropped, as Streamlit
   * does. Resolves when the session is idle.
   */
  stop(): Promise<void> {
    this.pending = null;
    const ctx = this.ctx;
    if (ctx) {
      ctx.stopRequested = true;
      ctx.abandon?.("stop");
    }
    return this.loop ?? Promise.resolve();
  }

  /**
   * An error that escaped the app's control flow (an unhandled rejection, a throwing timer) and was traced to this
   * session: shown in place in the running run, or after the latest run's output while none runs (until the next
   * run replaces it).
   */
  reportFault(error: unknown): void {
    let ctx = this.ctx && !this.ctx.abandoned ? this.ctx : null;
    if (!ctx && this.lastCtx) {
      if (!this.faultCtx) {
        const last = this.lastCtx;
        this.faultCtx = new RunContext(last.runId, last.scriptRunId, this.state, this.sink);
        for (const [k, v] of last.cursors) this.faultCtx.cursors.set(k, v);
      }
      ctx = this.faultCtx;
    }
    if (!ctx) return;
    const fixed = ctx;
    try {
      this.factory.showError(this.factory.create(this.view(() => fixed)), error);
    } catch (inner) {
      if (!isSignal(inner)) console.error("sluice: could not show an app error", inner);
    }
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
    const fragment = req.fragmentId ? this.fragments.get(req.fragmentId) : undefined; // unknown: a full run
    if (fragment) enterFragmentRun(ctx, fragment, this.fullCursors);
    this.ctx = ctx;
    this.lastCtx = { runId: ctx.runId, scriptRunId: ctx.scriptRunId, cursors: ctx.cursors };
    this.faultCtx = null;
    state.triggers.clear();
    ctx.send({ newSession: { scriptRunId: ctx.scriptRunId } });
    ctx.send({ sessionStatusChanged: { scriptIsRunning: true } });
    // The app's st resolves the run on each call, and throws StopSignal once this run is abandoned: an abandoned
    // run that wakes up later can never write into a newer one.
    const st = this.factory.create(this.view(() => {
      if (ctx.abandoned) throw new StopSignal();
      return this.ctx;
    }));
    let status: number = fragment ? Status.FINISHED_FRAGMENT_RUN_SUCCESSFULLY : Status.FINISHED_SUCCESSFULLY;
    let completed = true;
    const watch = watchRun(ctx, this.limits);
    try {
      const body = runScope().run(this, async () => {
        this.applyRequest(req);
        await (fragment ? fragment.rerun(st) : this.app(st));
        for (const finish of ctx.finishers) finish();
      });
      body.catch(noop); // an abandoned run may settle later, when nobody waits for it
      const reason = await Promise.race([body.then(() => null), watch.stopped]);
      if (reason) {
        completed = false;
        this.abandon(ctx, st, reason);
      }
    } catch (error) {
      if (error instanceof RerunSignal) {
        status = Status.FINISHED_EARLY_FOR_RERUN;
        completed = false;
        const again: RerunRequest = { widgetStates: null, fragmentId: error.fragmentId || undefined };
        if (error.requestedByScript) this.pending = this.pending ? coalesce(again, this.pending) : again;
        else this.carryUnreachedPresses(ctx);
      } else if (error instanceof StopSignal) {
        completed = false;
      } else if (ctx.interrupted && !ctx.stopRequested) {
        status = Status.FINISHED_EARLY_FOR_RERUN; // the error came from an interrupted run; the next run decides
        completed = false;
      } else {
        completed = false;
        ctx.interrupted = false;
        if (fragment) ctx.redirects.set("0", fragment.block); // an error in a fragment run is shown inside it
        try {
          this.factory.showError(st, error);
        } catch (inner) {
          if (!isSignal(inner)) console.error("sluice: could not render an app error", inner);
        }
      }
    } finally {
      watch.clear();
    }
    state.instantiatedKeys = new Set(); // between runs (and in callbacks) every key may be set again
    if (completed && fragment) cleanupFragmentRun(state, ctx.widgets, ctx.fragmentsRan);
    else if (completed) state.cleanup(ctx.widgets);
    else for (const [id, def] of ctx.widgets) state.registry.set(id, def);
    this.fragments.update(ctx.fragments, completed && !fragment);
    if (!fragment) this.fullCursors = ctx.cursors; // the run is over: shared with lastCtx, never written again
    this.ctx = null;
    ctx.send({ scriptFinished: status });
    if (!this.pending) ctx.send({ sessionStatusChanged: { scriptIsRunning: false } });
  }

  /** Ends a run that did not end by itself; a timeout says so in place. The app's promise is left to the GC. */
  private abandon(ctx: RunContext, st: unknown, reason: StopReason): void {
    if (reason === "timeout") {
      ctx.interrupted = false;
      ctx.stopRequested = false;
      try {
        this.factory.showError(st, new RunTimeoutError(this.limits.maxRunSeconds ?? 0));
      } catch (inner) {
        if (!isSignal(inner)) console.error("sluice: could not show that a run was stopped", inner);
      }
    }
    ctx.stopRequested = true;
    ctx.abandoned = true;
  }

  /** This runner as the st layer sees it, with `ctx` resolved by `ctx` (methods stay bound to the runner). */
  private view(ctx: () => RunContext | null): ScriptRunner {
    return new Proxy(this, {
      get: (target, prop) => {
        if (prop === "ctx") return ctx();
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
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
    if (req.queryString !== undefined) state.url.setQueryString(req.queryString); // the address bar's query
    if (req.pageName !== undefined) state.url.requested = req.pageName; // the page asked for (src/pages/)
    const post = formPost(req, state.registry); // a form's values count only when it was submitted
    if (this.ctx) this.ctx.submittedForms = post.submitted;
    keepDrafts(state, post);
    if (post.states) state.applyErrors(post.states, post.errors);
    for (const ws of post.states ?? []) {
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
      const old = state.valueOf(def);
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
