// Fragments as the runner sees them: what a full run registered (a rerunnable body, its block, its timer), the
// rule that decides whether a rerun request may run only one fragment, and widget cleanup after a fragment run.
// The st.fragment command itself (writing the block, re-entering the body) is src/elements/fragment.ts.
import type { sluice } from "../gen/proto.js";
import { pathKey } from "../tree/path.ts";
import type { RunContext } from "./context.ts";
import type { SessionState } from "./state.ts";
import type { WidgetDef } from "./widget.ts";

export interface FragmentDef {
  readonly id: string;
  /** Path of the block the fragment writes into: a fragment run rewrites its children from index 0. */
  readonly block: readonly number[];
  /** Milliseconds between timer reruns (runEvery), 0 for none. */
  readonly runEvery: number;
  /** Reruns the body into its block, given a fresh st of the current run. */
  readonly rerun: (st: unknown) => Promise<unknown>;
}

/** The fragments the latest runs registered, by id. A completed full run replaces the set. */
export class FragmentStore {
  private byId: Map<string, FragmentDef> | null = null; // most apps have none: no map per session

  get(id: string): FragmentDef | undefined {
    return this.byId?.get(id);
  }

  has(id: string): boolean {
    return this.byId?.has(id) ?? false;
  }

  all(): FragmentDef[] {
    return this.byId ? [...this.byId.values()] : [];
  }

  /** Whether any fragment has a runEvery timer. */
  timed(): boolean {
    for (const f of this.byId?.values() ?? []) if (f.runEvery > 0) return true;
    return false;
  }

  /** The fragments a run registered: a completed full run replaces the set, any other run adds to it. */
  update(registered: ReadonlyMap<string, FragmentDef>, replace: boolean): void {
    if (replace) this.byId = registered.size ? new Map(registered) : null;
    else for (const [id, def] of registered) (this.byId ??= new Map()).set(id, def);
  }
}

/**
 * Prepares a fragment run: the fragment's block is rewritten from its first child; a write outside it appends
 * after what the latest full run left in that container (Streamlit 1.39: it accumulates until the next full run).
 */
export function enterFragmentRun(ctx: RunContext, fragment: FragmentDef, fullCursors: ReadonlyMap<string, number>): void {
  ctx.fragmentRun = fragment.id;
  for (const [k, v] of fullCursors) ctx.cursors.set(k, v);
  ctx.cursors.delete(pathKey(fragment.block));
}

/**
 * The fragment a rerun may be limited to, or "" for a full run. The server decides, from what the post changed:
 * when every changed widget belongs to one known fragment, only that fragment reruns. A fragment id the post names
 * (`_sluice_fragment`) is only a request: it is honoured when it is a fragment of this session and every changed
 * widget is inside it; an unknown (forged, or removed by a newer run) id, or a change outside it, means a full run.
 */
export function fragmentScope(
  fragments: FragmentStore,
  state: SessionState,
  widgetStates: readonly sluice.IWidgetState[] | null,
  requested = "",
): string {
  const changed = state.changedBy(widgetStates ?? []);
  const candidate = requested || changed[0]?.fragmentId || "";
  if (!candidate || !fragments.has(candidate)) return "";
  if (!requested && changed.length === 0) return "";
  return changed.every((def) => def.fragmentId === candidate) ? candidate : "";
}

/**
 * End of a completed fragment run: only widgets of the fragments that ran can have gone (Streamlit's rule); the
 * rest of the registry and their values are untouched.
 */
export function cleanupFragmentRun(state: SessionState, thisRun: ReadonlyMap<string, WidgetDef>, ran: ReadonlySet<string>): void {
  const keys = new Set([...thisRun.values()].map((d) => d.key));
  for (const [id, def] of state.registry) {
    if (thisRun.has(id) || !def.fragmentId || !ran.has(def.fragmentId)) continue;
    state.registry.delete(id);
    state.widgetValues.delete(id);
    state.fieldErrors.delete(id);
    if (def.key !== undefined && !keys.has(def.key)) state.user.delete(def.key);
  }
  for (const [id, def] of thisRun) state.registry.set(id, def);
}

/** "5s", "1m", "250ms", "1h" or a number of seconds → milliseconds (0: none). */
export function parseInterval(value: number | string | null | undefined): number {
  if (value == null || value === "") return 0;
  if (typeof value === "number") return value > 0 && Number.isFinite(value) ? Math.round(value * 1000) : NaN;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) return NaN;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? "s") as "s"];
  const ms = Math.round(Number(m[1]) * unit);
  return ms > 0 ? ms : NaN;
}
