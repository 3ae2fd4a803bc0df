// st.toast: a short message stacked in the event root (root 2), wherever it is called from; it hides itself after
// its duration (CSS, paused while hovered or focused) and can be dismissed.
import type { DeltaGenerator } from "./dg.ts";
import { RootContainer } from "../tree/path.ts";
import { SluiceAPIError } from "../util/errors.ts";

export type ToastDuration = "short" | "long" | "infinite" | number;

/** Streamlit's durations: "short" 4 s, "long" 10 s, "infinite" (0: until dismissed), or seconds. */
export function toastMs(d: ToastDuration = "short"): number {
  if (d === "short") return 4000;
  if (d === "long") return 10000;
  if (d === "infinite") return 0;
  if (typeof d === "number" && Number.isFinite(d) && d > 0) return Math.round(d * 1000);
  throw new SluiceAPIError(`\`st.toast\` duration must be "short", "long", "infinite" or a positive number of seconds; got ${JSON.stringify(d)}.`);
}

/** `st.toast("Saved", { icon: "✅" })` */
export function toast(dg: DeltaGenerator, body: string, o: { icon?: string; duration?: ToastDuration } = {}): void {
  if (String(body ?? "") === "") throw new SluiceAPIError("`st.toast` needs a body: the text to show.");
  const events = dg.child([RootContainer.EVENT]);
  events.writeElement({ toast: { body: String(body), icon: o.icon ?? "", durationMs: toastMs(o.duration), show: dg.ctx.runId } });
}
