// Holds a session's flush while the patches it would render are being prepared (the async render hook,
// templates/prepare.ts): later messages keep joining the batch, and the flush is made once they are ready.
import { snapshot, type Patch } from "../diff/diff.ts";
import type { Tree } from "../tree/tree.ts";

/** Starts preparing patches for rendering; null when nothing needs waiting for. Should never reject. */
export type Prepare = (patches: readonly Patch[]) => Promise<void> | null;

export class FlushGate {
  private pending: Promise<void> | null = null;
  /**
   * Patches of the held batch already handed to `prepare` (each is prepared once, even if the cache evicts it
   * again). Made only while a batch is held, and dropped after: an idle session keeps no table (1,000s of sessions).
   */
  private seen: WeakSet<Patch> | null = null;

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
    const seen = this.seen;
    const fresh = seen ? batch.filter((p) => !seen.has(p)) : batch;
    if (fresh.length === 0) return false;
    let ready: Promise<void> | null;
    try {
      ready = this.prepare(fresh);
    } catch (error) {
      console.error("sluice: preparing patches failed", error);
      return false;
    }
    if (!ready) return false; // nothing to wait for: flushed now, never asked about again
    const held = (this.seen ??= new WeakSet());
    for (const p of fresh) held.add(p);
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
        if (!this.pending) this.seen = null; // the batch went out (or another wait began, which still needs it)
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

/**
 * Prepares the nodes of `tree` that need it (of the kinds `prepares` names; all without it) for a full render while
 * `due()` says one is coming. The tree may change while preparing (a run going on): nodes new or changed since are
 * prepared in another round, up to three.
 */
export async function prepareTree(tree: Tree, prepare: Prepare | undefined, due: () => boolean, prepares?: (type: string) => boolean): Promise<void> {
  const done = new Set<string>(); // key@fingerprint of the nodes prepared
  for (let round = 0; round < 3 && prepare && due(); round++) {
    const id = (key: string) => key + "@" + tree.get(key)?.fp;
    const fresh = snapshot(tree, prepares).filter((p) => !done.has(id(p.key)));
    for (const p of fresh) done.add(id(p.key));
    const ready = fresh.length ? prepare(fresh) : null;
    if (!ready) return;
    await ready;
  }
}
