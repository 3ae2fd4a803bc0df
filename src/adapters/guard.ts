// The process guard: app code must never take the server down. Unhandled promise rejections and uncaught
// exceptions (a fire-and-forget fetch().then(…) that rejects, a timer callback that throws) are logged with their
// stack and shown in the session whose code raised them, where the runtime can tell (AsyncLocalStorage: Node
// sees both kinds, Deno rejections only, Bun exceptions only); the rest are logged as not attributable.
import process from "node:process";
import { AsyncLocalStorage } from "node:async_hooks";
import { runScope, setRunScope, type FaultOwner } from "../script/scope.ts";

let installed = false;

/**
 * Installs the guard once per process (the serve helpers and `sluice run` call it; calling it again does nothing).
 * Install it only once the server listens, so a failure to start still ends the process.
 */
export function installGuard(log: (...args: unknown[]) => void = console.error): void {
  if (installed) return;
  installed = true;
  const als = new AsyncLocalStorage<FaultOwner>();
  setRunScope({ run: (owner, fn) => als.run(owner, fn), current: () => als.getStore() });
  const report = (kind: string) => (error: unknown) => {
    const owner = runScope().current();
    const where = owner ? `in session ${owner.sessionId.slice(0, 8)}…` : "(not attributable to a session)";
    log(`sluice: the app raised ${kind} ${where}; the server keeps running.\n`, error);
    try {
      owner?.reportFault(error);
    } catch (inner) {
      log("sluice: could not show that error in its session", inner);
    }
  };
  process.on("unhandledRejection", report("an unhandled promise rejection"));
  process.on("uncaughtException", report("an uncaught exception"));
}
