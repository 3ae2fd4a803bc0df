// Holds a session's flush while the patches it would render are being prepared (the async render hook,
// templates/prepare.ts): later messages keep joining the batch, and the flush is made once they are ready.
import type { Patch } from "../diff/diff.ts";

/** Starts preparing patches for rendering; null when nothing needs waiting for. Should never reject. */
export type Prepare = (patches: readonly Patch[]) => Promise<void> | null;

export class FlushGate {
  private pending: Promise<void> | null = null;
  /** Patches already handed to `prepare` (each is prepared once, even if the cache evicts it again). */
  private readonly seen = new WeakSet<Patch>();

  private readonly prepare: Prepare | undefined;
  private readonly release: () => void;

  /** `release` makes the held flush; it is called once the preparation settles (whatever its outcome). */
  constructor(prepare: Prepare | undefined, release: () => void) {
    this.prepare = prepare;
    this.release = release;
  }

  /**
   * True when a flush of `batch` must wait: a preparation is pending, or the batch holds patches that now start
   * preparing. False: flush now.
   */
  holds(batch: readonly Patch[]): boolean {
    if (this.pending) return true;
    if (!this.prepare) return false;
    const fresh = batch.filter((p) => !this.seen.has(p));
    if (fresh.length === 0) return false;
    for (const p of fresh) this.seen.add(p);
    let ready: Promise<void> | null;
    try {
      ready = this.prepare(fresh);
    } catch (error) {
      console.error("sluice: preparing patches failed", error);
      return false;
    }
    if (!ready) return false;
    this.pending = ready
      .catch((error) => console.error("sluice: preparing patches failed", error))
      .then(() => {
        this.pending = null;
        try {
          this.release();
        } catch (error) {
          // Called from a promise: an uncaught error here would take the whole server down.
          console.error("sluice: could not send a session's updates", error);
        }
      });
    return true;
  }

  /** True while a flush is held. */
  get busy(): boolean {
    return this.pending !== null;
  }

  /** Resolves when no flush is held (the held flush, and any it led to, has been made). */
  async idle(): Promise<void> {
    while (this.pending) await this.pending;
  }
}
