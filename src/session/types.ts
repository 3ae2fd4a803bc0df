// What a session needs from outside and hands out: the renderer (templates), its options, and a listener (a rerun
// post's response or the tab's stream).
import type { Patch, UpsertPatch } from "../diff/diff.ts";
import type { RunnerLimits, StFactory } from "../script/runner.ts";
import type { SessionEvent } from "./event-log.ts";
import type { TimerClock } from "./fragment-timers.ts";
import type { PageConfig } from "./page-config.ts";
import type { PagesView } from "./pages.ts";
import type { PagesHost } from "../pages/page.ts";

export interface Renderer {
  /** HTML of one event for a batch of patches. */
  patches(patches: readonly Patch[]): string;
  /** HTML of a full refresh (every root's content) from a snapshot. */
  refresh(snapshot: readonly UpsertPatch[]): string;
  /** HTML that sets the live region's text. */
  status(text: string): string;
  /** HTML that applies st.setPageConfig to an open page: title, icon, layout (and the pages' nav and URL). */
  page(page: PageConfig, pages?: { view: PagesView; nav: boolean }): string;
  /** Starts the async work patches need before they render (templates/prepare.ts); null when none. Never rejects. */
  prepare?(patches: readonly Patch[]): Promise<void> | null;
  /** Whether `prepare` has work for a kind: a full render prepares (and decodes) only the nodes of those kinds. */
  prepares?(type: string): boolean;
}

export interface SessionOptions {
  eventLogSize: number;
  renderer: Renderer;
  factory: StFactory;
  /** runner.maxRunSeconds and runner.tabGoneSeconds (src/config.ts); none when absent. */
  runner?: Pick<RunnerLimits, "maxRunSeconds" | "tabGoneSeconds">;
  /** Pages from outside (the pages/ directory, module loading): src/pages/page.ts. */
  pages?: PagesHost | null;
  /** The clock of fragment timers (runEvery); tests pass a fake one. */
  clock?: TimerClock;
}

export type Listener = {
  /** Receives an event. */
  send(event: SessionEvent): void;
  /** Told to finish (a newer post took over). */
  close(): void;
  readonly kind: "post" | "stream";
};
