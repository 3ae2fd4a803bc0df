// One browser tab: its runner, session state, delta-path tree and event log. Turns the runner's ForwardMsgs into
// patches (diff), batches them into few SSE events, and hands each event to one listener: the newest rerun
// post's response if one is open, else the tab's stream. Anything missed is replayed from the log.
import { sluice } from "../gen/proto.js";
import { deltaPatch, prune, snapshot, type Patch } from "../diff/diff.ts";
import { flushDelay } from "./stream-append.ts";
import { ScriptRunner, type AppFunction } from "../script/runner.ts";
import type { RerunRequest } from "../script/request.ts";
import { SessionState } from "../script/state.ts";
import type { RunContext } from "../script/context.ts";
import { estimateBytes, Tree } from "../tree/tree.ts";
import { EventLog, flatten, type SessionEvent } from "./event-log.ts";
import { FlushGate, prepareTree } from "./flush-gate.ts";
import { fragmentScope } from "../script/fragments.ts";
import { FragmentTimers } from "./fragment-timers.ts";
import { Listeners } from "./listeners.ts";
import { applyPageConfig, type PageConfig } from "./page-config.ts";
import { SessionPages } from "./pages.ts";
import type { Listener, SessionOptions } from "./types.ts";

export type { Renderer, SessionOptions, Listener } from "./types.ts";

const Finished = sluice.ScriptFinishedStatus;
const RUNNING = "Running…";

export class AppSession {
  readonly state = new SessionState();
  readonly tree = new Tree();
  readonly runner: ScriptRunner;
  /** Fragments' runEvery timers, made when the first timed fragment appears (most sessions have none). */
  private fragmentTimers: FragmentTimers | null = null;
  private readonly log: EventLog;
  /** Holds a flush while its patches are prepared (src/session/flush-gate.ts). */
  private readonly gate: FlushGate;
  /** Id of the last event made. */
  seq = 0;
  /** What st.setPageConfig set ("" where nothing was): the page renders it, and a change is sent to the tab. */
  readonly page: PageConfig = { title: "", favicon: "", layout: "", sidebar: false };
  private pageDirty = false;
  /** The pages' nav, not-found notice and URL (src/session/pages.ts). */
  readonly pages = new SessionPages();
  private acked = 0;
  /** Number of the newest post the tab made that was taken (see src/server/read-rerun.ts). */
  lastPostSeq = 0;
  lastActivity = Date.now();
  private batch: Patch[] = [];
  private statusText: string | null = null;
  private flushTimer = false;
  private readonly listeners = new Listeners();
  private runHadError = false;
  /** "Running…" went out for the current run (it was slow enough to flush before finishing). */
  private announcedRunning = false;

  readonly id: string;
  private readonly options: SessionOptions;

  constructor(id: string, app: AppFunction, options: SessionOptions) {
    this.id = id;
    this.options = options;
    this.log = new EventLog(options.eventLogSize);
    this.state.url.host = options.pages ?? null;
    this.gate = new FlushGate(options.renderer.prepare?.bind(options.renderer), () => this.flush());
    this.runner = new ScriptRunner(app, this.state, options.factory, (msg, ctx) => this.onMessage(msg, ctx), {
      ...options.runner,
      sessionId: id,
      lastContact: () => (this.connected ? null : this.lastActivity), // the tab is gone: nothing listens, no post
    });
  }

  /** Fragments' runEvery timers (src/session/fragment-timers.ts). */
  get timers(): FragmentTimers {
    return (this.fragmentTimers ??= new FragmentTimers({
      fragments: () => this.runner.fragments.all(),
      connected: () => this.listeners.streaming,
      busy: () => this.runner.running,
      rerun: (fragmentId) => this.rerun({ widgetStates: null, fragmentId }),
    }, this.options.clock));
  }

  private syncTimers(): void {
    if (this.fragmentTimers || this.runner.fragments.timed()) this.timers.sync();
  }

  /**
   * Takes a message from the browser (as decoded from its post): a rerun with the browser's widget values, or a
   * stop. Resolves when the session is idle again. (Another instance can hand over the same message, encoded.)
   */
  handleBackMsg(msg: sluice.IBackMsg): Promise<void> {
    if (msg.rerunScript) {
      const cs = msg.rerunScript;
      const widgetStates = cs.widgetStates?.widgets ?? [];
      // A fragment the post asks for is checked here, whoever sent it (src/script/fragments.ts: fragmentScope).
      const fragmentId = cs.fragmentId && cs.pageName == null ? fragmentScope(this.runner.fragments, this.state, widgetStates, cs.fragmentId) : "";
      return this.rerun({
        widgetStates,
        widgetErrors: cs.widgetErrors ?? [],
        queryString: cs.queryString ?? undefined,
        pageName: cs.pageName ?? undefined,
        fragmentId: fragmentId || undefined,
      });
    }
    if (msg.stopScript) return this.runner.stop().then(() => this.settle()); // the stop's answer carries the run's end
    return Promise.resolve();
  }

  /**
   * Highest event id the tab reported as applied (from its posts): a stream never needs to replay before it, so
   * the log drops what it covers. Only grows, and never past the last event made.
   */
  get clientAck(): number {
    return this.acked;
  }

  set clientAck(id: number) {
    if (!(id > this.acked)) return;
    this.acked = Math.min(id, this.seq);
    this.log.ack(this.acked);
  }

  /** Events kept for replay (what the tab has not acknowledged, up to server.eventLogSize). */
  get loggedEvents(): number {
    return this.log.size;
  }

  /** Requests a run; resolves when the session is idle and every event of it has been made. */
  async rerun(req: RerunRequest): Promise<void> {
    this.lastActivity = Date.now();
    await this.runner.request(req);
    await this.settle();
  }

  /** Flushes, and waits for a flush held by preparation to be made. */
  private settle(): Promise<void> {
    this.flush();
    return this.gate.idle();
  }

  /**
   * Prepares what a full render of the tree needs (the page, or the full refresh a listener attaching after
   * `after` gets when the log no longer reaches back): await it before rendering, so the templates find it ready.
   */
  prepareView(after?: number): Promise<void> {
    const due = () => after === undefined || this.log.since(after, this.seq) === null;
    const r = this.options.renderer;
    return prepareTree(this.tree, r.prepare?.bind(r), due, r.prepares?.bind(r));
  }

  /**
   * Attaches a listener and replays what it missed after event `after` (or a full refresh when the log no
   * longer reaches back). A new post listener closes older ones: the newest request gets the events.
   */
  attach(listener: Listener, after: number): () => void {
    this.lastActivity = Date.now();
    for (const e of this.eventsAfter(after)) listener.send(e);
    const detach = this.listeners.add(listener, (open) => (open ? this.syncTimers() : this.fragmentTimers?.stop()));
    return () => {
      this.lastActivity = Date.now();
      detach();
    };
  }

  /** Missed events after `after` for a one-shot answer: the log's events, or a full refresh. */
  eventsAfter(after: number): SessionEvent[] {
    this.flush();
    return this.log.since(after, this.seq) ?? [this.refreshEvent()];
  }

  /** The session ends (expired or evicted): its timers stop. */
  dispose(): void {
    this.fragmentTimers?.stop();
    this.listeners.closeStream();
  }

  /** Closes the tab's stream (the browser reconnects and gets what it missed): for shutdown and tests. */
  dropStream(): void {
    this.listeners.closeStream();
  }

  /** Estimated bytes this session holds, for the store's memory budget (see estimateBytes). */
  byteEstimate(): number {
    return estimateBytes(this.tree, this.log.bytes, this.state.registry.size);
  }

  /** True while a stream is open (the session is in use even without posts). */
  get connected(): boolean {
    return this.listeners.connected;
  }

  /** A full refresh as an event, stamped with the latest id. */
  refreshEvent(): SessionEvent {
    this.flush();
    return { id: this.seq, data: this.options.renderer.refresh(snapshot(this.tree)) };
  }

  /**
   * The page was just rendered from the tree: everything batched or logged so far is in it, so keep none of it
   * (a tab that loads this page starts from `seq`). This is most of an idle session's memory otherwise.
   */
  pageRendered(): void {
    this.page.sidebar = this.tree.hasChildren("1") || this.pages.inSidebar;
    this.pages.sync(this.state.url);
    this.pages.take(); // the page holds the nav as it is
    this.batch = [];
    this.statusText = null;
    this.pageDirty = false;
    this.log.clear();
  }

  /** Makes an event of what is batched and delivers it. */
  flush(): void {
    if (this.batch.length === 0 && this.statusText === null && !this.pageDirty) return;
    if (this.gate.holds(this.batch)) return; // preparing: flushed when ready, with what joins the batch meanwhile
    const sidebar = this.tree.hasChildren("1") || this.pages.inSidebar;
    if (sidebar !== this.page.sidebar) {
      this.page.sidebar = sidebar; // the sidebar appears or goes with its content
      this.pageDirty = true;
    }
    let data = this.batch.length ? this.options.renderer.patches(this.batch) : "";
    if (this.pageDirty) data += this.options.renderer.page(this.pages.effective(this.page), this.pages.take());
    this.pageDirty = false;
    if (this.statusText !== null) data += this.options.renderer.status(this.statusText);
    if (this.statusText === RUNNING) this.announcedRunning = true;
    this.batch = [];
    this.statusText = null;
    const event: SessionEvent = { id: ++this.seq, data: flatten(data) };
    this.log.push(event);
    this.listeners.send(event);
  }

  private onMessage(msg: sluice.IForwardMsg, ctx: RunContext): void {
    if (this.pages.apply(msg, this.state.url, this.page)) {
      this.pageDirty = true; // the nav, the not-found notice or the URL changed (src/session/pages.ts)
      this.scheduleFlush();
    }
    if (msg.newSession) {
      this.runHadError = false;
      this.announcedRunning = false;
      this.statusText = RUNNING;
      this.scheduleFlush();
    } else if (msg.delta) {
      const patch = deltaPatch(this.tree, msg.metadata?.deltaPath ?? [], msg.delta, ctx.runId); // an append for streamed text (st.writeStream)
      if (patch) {
        if (patch.op === "upsert" && patch.type === "exception") this.runHadError = true;
        this.batch.push(patch);
        this.scheduleFlush(flushDelay(patch));
      }
    } else if (msg.pageConfigChanged) {
      if (applyPageConfig(this.page, msg.pageConfigChanged)) {
        this.pageDirty = true;
        this.scheduleFlush();
      }
    } else if (msg.scriptFinished != null) {
      const status = msg.scriptFinished;
      if (status === Finished.FINISHED_SUCCESSFULLY) this.batch.push(...prune(this.tree, ctx.runId));
      if (status === Finished.FINISHED_FRAGMENT_RUN_SUCCESSFULLY) this.batch.push(...prune(this.tree, ctx.runId, ctx.fragmentsRan));
      if (status !== Finished.FINISHED_EARLY_FOR_RERUN) this.syncTimers(); // the runner has saved the run's fragments
      // The live region speaks when it helps: an error, or the end of a run slow enough to have said "Running…".
      // A quick run's changes are announced by nothing but themselves (no chatter on every slider step).
      if (status !== Finished.FINISHED_EARLY_FOR_RERUN) {
        this.statusText = this.runHadError ? "The app raised an error" : this.announcedRunning ? "Updated" : null;
      }
      this.flush();
    }
  }

  /** Elements of one synchronous stretch of the script go out together; an await in the script flushes. */
  private scheduleFlush(delayMs = 0): void {
    if (this.flushTimer) return;
    this.flushTimer = true;
    setTimeout(() => {
      this.flushTimer = false;
      try {
        this.flush();
      } catch (error) {
        // A timer has no caller to report to; an uncaught error here would take the whole server down.
        console.error("sluice: could not send a session's updates", error);
      }
    }, delayMs);
  }
}
