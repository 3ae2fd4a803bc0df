// st.fragment: a function whose widgets rerun only itself. It writes into its own block at the call site (so a
// fragment run that draws more or fewer elements never shifts what follows it), registers itself with the run,
// and is re-entered by the runner for a fragment run (src/script/fragments.ts decides when).
import type { DeltaGenerator } from "./dg.ts";
import type { RunContext } from "../script/context.ts";
import { parseInterval, type FragmentDef } from "../script/fragments.ts";
import { pathKey } from "../tree/path.ts";
import { hashString } from "../util/hash.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface FragmentOptions {
  /** Rerun the fragment on a server timer: seconds, or "250ms", "5s", "1m", "1h" (only while the tab is connected). */
  runEvery?: number | string | null;
}

/**
 * `await st.fragment(async (f) => { const q = f.textInput("Search"); f.write(q); }, { runEvery: "5s" })` — a widget
 * inside reruns only this function; returns its value on a full run.
 */
export function fragment<T>(dg: DeltaGenerator, fn: (f: any) => T | Promise<T>, o: FragmentOptions = {}): Promise<Awaited<T>> {
  try {
    return Promise.resolve(runFragment(dg, fn, o) as Awaited<T>);
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * A fragment at `dg`'s cursor: writes its block (or the `block` message given, for a dialog), registers it and runs
 * its body, synchronously when the body is synchronous (a sync body's errors and st.rerun() throw at once).
 * `redirect`: more containers whose writes go into the fragment while it runs (a dialog's caller).
 */
export function runFragment<T>(
  dg: DeltaGenerator,
  fn: (f: any) => T | Promise<T>,
  o: FragmentOptions,
  redirect: readonly string[] = [],
): T | Promise<T> {
  if (typeof fn !== "function") throw new SluiceAPIError("`st.fragment` takes a function: `st.fragment((f) => { … })`.");
  const runEvery = parseInterval(o.runEvery);
  if (Number.isNaN(runEvery)) {
    throw new SluiceAPIError(`\`st.fragment\` got runEvery ${JSON.stringify(o.runEvery)}: give seconds (5) or a duration ("5s", "1m", "250ms").`);
  }
  const ctx = dg.ctx;
  ctx.yieldPoint();
  const container = ctx.resolve(dg.locked ?? dg.path);
  const start = ctx.cursors.get(pathKey(container)) ?? 0;
  // Streamlit's id: the function and where it was first called (here: its container and position).
  const id = "frag-" + hashString(JSON.stringify([fn.toString(), container, dg.locked ? -1 : start, ctx.fragmentId]));
  const block = dg.writeBlock({ vertical: { runEveryMs: runEvery } }).path;
  const callers = [pathKey(container), ...redirect];
  const def: FragmentDef = {
    id,
    block,
    runEvery,
    rerun: async (st) => enter((st as DeltaGenerator).ctx, def, callers, fn, (st as DeltaGenerator).child(block)),
  };
  return enter(ctx, def, callers, fn, dg.child(block));
}

/** Runs the body with the run's writes aimed at the fragment's block, and registers the fragment with the run. */
function enter<T>(ctx: RunContext, def: FragmentDef, callers: readonly string[], fn: (f: any) => T | Promise<T>, f: DeltaGenerator): T | Promise<T> {
  const saved = { id: ctx.fragmentId, block: ctx.fragmentBlock, redirects: callers.map((k) => ctx.redirects.get(k)) };
  ctx.fragments.set(def.id, def);
  ctx.fragmentsRan.add(def.id);
  ctx.fragmentId = def.id;
  ctx.fragmentBlock = def.block;
  for (const k of callers) ctx.redirects.set(k, def.block);
  const restore = () => {
    ctx.fragmentId = saved.id;
    ctx.fragmentBlock = saved.block;
    callers.forEach((k, i) => (saved.redirects[i] ? ctx.redirects.set(k, saved.redirects[i]!) : ctx.redirects.delete(k)));
  };
  let result: T | Promise<T>;
  try {
    result = fn(f);
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore);
  restore();
  return result;
}
