// Which session's app code is running: the seam for attributing an app's stray errors (unhandled rejections,
// throwing timers) to the session that caused them. The core cannot see async context by itself; a runtime
// helper (src/adapters/guard.ts, with AsyncLocalStorage) installs a scope that can, and the default sees nothing.

/** What a fault can be reported to: the runner of the session whose code was running. */
export interface FaultOwner {
  readonly sessionId: string;
  /** Shows an error that escaped the app's own control flow (logged by the caller). */
  reportFault(error: unknown): void;
}

export interface RunScope {
  /** Runs `fn` so that code it starts (awaits, timers, promise callbacks) is known to belong to `owner`. */
  run<T>(owner: FaultOwner, fn: () => T): T;
  /** The owner of the code running now, where the runtime can tell. */
  current(): FaultOwner | undefined;
}

// Without the runtime's async context, the owner is still known while exactly one run is active in the process
// (AppTest, a single session): cached functions use it to find their app's cache and show their spinner.
const active = new Map<FaultOwner, number>();
const leave = (owner: FaultOwner) => {
  const n = (active.get(owner) ?? 1) - 1;
  if (n > 0) active.set(owner, n);
  else active.delete(owner);
};
const blind: RunScope = {
  run: (owner, fn) => {
    active.set(owner, (active.get(owner) ?? 0) + 1);
    let out;
    try {
      out = fn();
    } catch (e) {
      leave(owner);
      throw e;
    }
    if (out instanceof Promise) out.then(() => leave(owner), () => leave(owner));
    else leave(owner);
    return out;
  },
  current: () => (active.size === 1 ? active.keys().next().value : undefined),
};
let scope: RunScope = blind;

/** Installs the runtime's scope (once per process; the last one wins). */
export function setRunScope(next: RunScope | null): void {
  scope = next ?? blind;
}

export const runScope = (): RunScope => scope;
