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

const blind: RunScope = { run: (_owner, fn) => fn(), current: () => undefined };
let scope: RunScope = blind;

/** Installs the runtime's scope (once per process; the last one wins). */
export function setRunScope(next: RunScope | null): void {
  scope = next ?? blind;
}

export const runScope = (): RunScope => scope;
