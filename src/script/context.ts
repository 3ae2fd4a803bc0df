// One run's context: its id, the cursor of every container, the widgets it created, and the yield point where a
// newer request interrupts it. Every st.* call that writes goes through enqueue().
import { sluice } from "../gen/proto.js";
import { pathKey, type DeltaPath } from "../tree/path.ts";
import { RerunSignal, StopSignal } from "./signals.ts";
import type { SessionState } from "./state.ts";
import type { WidgetDef } from "./widget.ts";
import type { StopReason } from "./watchdog.ts";
import type { FragmentDef } from "./fragments.ts";

export type MessageSink = (msg: sluice.IForwardMsg, ctx: RunContext) => void;

export class RunContext {
  /** Next free child index per container path key. */
  readonly cursors = new Map<string, number>();
  /** Widgets created in this run, by id. */
  readonly widgets = new Map<string, WidgetDef>();
  /** Set by the runner when a newer request arrives; honoured at the next st.* call. */
  interrupted = false;
  stopRequested = false;
  /** The runner gave up waiting for this run (Stop, time limit, tab gone); its code stops at its next st.* call. */
  abandoned = false;
  /** Abandons the run now (set by the runner while the run is active). */
  abandon?: (reason: StopReason) => void;
  /** The page whose body is running (its hash; "" in the entrypoint): part of its widgets' identity, as in Streamlit. */
  pageHash = "";
  /** Fragment being written, if any: its deltas are tagged with it (a fragment run prunes only those). */
  fragmentId = "";
  /** Forms whose submit button this run's request pressed (src/script/forms.ts). */
  submittedForms: ReadonlySet<string> = new Set();
  /** Run after the app body returns (not after an error or a stop): end-of-run checks such as forms'. */
  readonly finishers: (() => void)[] = [];
  /** Block of the fragment being written: widgets must be written inside it (Streamlit's rule). */
  fragmentBlock: readonly number[] | null = null;
  /** The fragment this run reruns ("" for a full run). */
  fragmentRun = "";
  /** Fragments whose bodies ran in this run (a fragment run prunes and cleans up only their nodes and widgets). */
  readonly fragmentsRan = new Set<string>();
  /** Fragments registered in this run. */
  readonly fragments = new Map<string, FragmentDef>();
  /** While a fragment body runs, writes to its caller's container go into the fragment's block. */
  readonly redirects = new Map<string, readonly number[]>();

  readonly runId: number;
  readonly scriptRunId: string;
  readonly state: SessionState;
  private readonly sink: MessageSink;

  constructor(runId: number, scriptRunId: string, state: SessionState, sink: MessageSink) {
    this.runId = runId;
    this.scriptRunId = scriptRunId;
    this.state = state;
    this.sink = sink;
  }

  /** Where a newer request or st.stop() ends the run. */
  yieldPoint(): void {
    if (this.stopRequested) throw new StopSignal();
    if (this.interrupted) throw new RerunSignal();
  }

  /** Allocates the next child index of a container. */
  allocate(container: DeltaPath): number[] {
    container = this.resolve(container);
    const key = pathKey(container);
    const i = this.cursors.get(key) ?? 0;
    this.cursors.set(key, i + 1);
    return [...container, i];
  }

  /** The container writes to `container` go into (a fragment's block while its body runs). */
  resolve(container: DeltaPath): DeltaPath {
    for (let i = 0; i < 64 && this.redirects.size; i++) {
      const to = this.redirects.get(pathKey(container));
      if (!to) break;
      container = to;
    }
    return container;
  }

  /** Whether a write to `container` (or to the locked slot `container`) lands inside the fragment being written. */
  insideFragment(container: DeltaPath): boolean {
    const block = this.fragmentBlock;
    if (!block) return true;
    const at = this.resolve(container);
    return at.length >= block.length && block.every((v, i) => at[i] === v);
  }

  /** Sends a delta for `path`. */
  enqueue(path: DeltaPath, delta: sluice.IDelta): void {
    this.yieldPoint();
    if (this.fragmentId) delta.fragmentId = this.fragmentId;
    this.sink({ metadata: { deltaPath: [...path] }, delta }, this);
  }

  /** Sends a non-delta message (page config, query string, …). */
  send(msg: sluice.IForwardMsg): void {
    this.sink(msg, this);
  }
}
