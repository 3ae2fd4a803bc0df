// The stop signal of a run: Stop, runner.maxRunSeconds, or its tab gone. The runner races the app against it, so a
// run stuck in an await can be abandoned. Its timers live only while the run does.
import type { RunContext } from "./context.ts";

/** Limits on a run, and what the runner needs to know to apply them. All optional; 0 turns a limit off. */
export interface RunnerLimits {
  /** Seconds a run may take; past it the run is stopped with a message in place. */
  maxRunSeconds?: number;
  /** Seconds a run may go on after the tab's last contact while nothing listens to it. */
  tabGoneSeconds?: number;
  /** When the tab was last in contact (ms), or null while something listens (a stream or a rerun response). */
  lastContact?: () => number | null;
  /** The session's id, to attribute faults in the log. */
  sessionId?: string;
}

/** Why a run was abandoned. */
export type StopReason = "stop" | "timeout" | "tab-gone";

/** The stop signal of one run: Stop, runner.maxRunSeconds, or the tab gone (checked a few times a second). */
export function watchRun(ctx: RunContext, limits: RunnerLimits): { stopped: Promise<StopReason>; clear(): void } {
  let resolve!: (reason: StopReason) => void;
  const stopped = new Promise<StopReason>((r) => (resolve = r));
  ctx.abandon = resolve;
  const { maxRunSeconds = 0, tabGoneSeconds = 0, lastContact } = limits;
  const timeout = maxRunSeconds > 0 ? setTimeout(() => resolve("timeout"), maxRunSeconds * 1000) : undefined;
  const goneMs = tabGoneSeconds * 1000;
  const check =
    goneMs > 0 && lastContact
      ? setInterval(() => {
          const last = lastContact();
          if (last !== null && Date.now() - last > goneMs) resolve("tab-gone");
        }, Math.min(1000, Math.max(10, goneMs / 4)))
      : undefined;
  return {
    stopped,
    clear: () => {
      clearTimeout(timeout);
      clearInterval(check);
      ctx.abandon = undefined;
    },
  };
}
