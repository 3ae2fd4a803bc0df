// Fragment timers (runEvery): while the tab's stream is connected, each fragment with a runEvery interval is rerun
// by a server timer and its result goes out on that stream. One timer per fragment, armed again only after its
// run has finished (a slow fragment skips ticks rather than overlapping itself); a tick that finds the session busy
// with another run waits for the next one. Timers stop when the stream goes, and with the session.
import type { FragmentDef } from "../script/fragments.ts";

/** The clock the timers use (a fake one in tests). */
export interface TimerClock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the timers need from their session. */
export interface TimerHost {
  /** The fragments the latest runs registered. */
  fragments(): readonly FragmentDef[];
  /** The tab's stream is open (only then is there anyone to push to). */
  connected(): boolean;
  /** A run is going (a user's, or another timer's). */
  busy(): boolean;
  /** Reruns one fragment; resolves when the session is idle. */
  rerun(fragmentId: string): Promise<void>;
}

export const realClock: TimerClock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

interface Timer {
  ms: number;
  handle: unknown;
  running: boolean;
}

export class FragmentTimers {
  private readonly timers = new Map<string, Timer>();
  private readonly host: TimerHost;
  private readonly clock: TimerClock;

  constructor(host: TimerHost, clock: TimerClock = realClock) {
    this.host = host;
    this.clock = clock;
  }

  /** Number of armed or running timers. */
  get size(): number {
    return this.timers.size;
  }

  /** Matches the timers to the fragments and the connection: after every run, and when the stream comes or goes. */
  sync(): void {
    if (!this.host.connected()) return this.stop();
    const wanted = new Map<string, number>();
    for (const f of this.host.fragments()) if (f.runEvery > 0) wanted.set(f.id, f.runEvery);
    for (const [id, t] of this.timers) {
      if (wanted.get(id) === t.ms) continue;
      this.clock.clearTimeout(t.handle);
      this.timers.delete(id);
    }
    for (const [id, ms] of wanted) if (!this.timers.has(id)) this.arm(id, { ms, handle: null, running: false });
  }

  /** Stops every timer (the stream went, or the session ended). */
  stop(): void {
    for (const t of this.timers.values()) this.clock.clearTimeout(t.handle);
    this.timers.clear();
  }

  private arm(id: string, t: Timer): void {
    t.handle = this.clock.setTimeout(() => void this.tick(id, t), t.ms);
    this.timers.set(id, t);
  }

  private async tick(id: string, t: Timer): Promise<void> {
    if (this.timers.get(id) !== t) return; // replaced or stopped meanwhile
    t.handle = null;
    if (this.host.connected() && !this.host.busy()) {
      t.running = true;
      try {
        await this.host.rerun(id);
      } catch (error) {
        console.error("sluice: a fragment's timer run failed", error); // a timer has no caller to report to
      }
      t.running = false;
    }
    if (this.timers.get(id) === t) this.arm(id, t);
  }
}
