// st.dialog: returns a function that opens a modal dialog at the caller's place. Its body is a fragment (its
// widgets rerun only it); st.rerun() inside closes it (the full run does not open it again). Closing it (Escape,
// Close) is a press of its close control, which reruns the app without it. One dialog at a time per run.
import type { DeltaGenerator } from "./dg.ts";
import type { RunContext } from "../script/context.ts";
import type { WidgetDef } from "../script/widget.ts";
import { pathKey } from "../tree/path.ts";
import { DialogOpenError, SluiceAPIError } from "../util/errors.ts";
import { triggerCodec } from "./codecs.ts";
import { runFragment } from "./fragment.ts";
import { widgetId } from "./widget.ts";

export interface DialogOptions {
  /** "small" (500px, the default), "medium" (750px) or "large" (1280px). */
  width?: "small" | "medium" | "large";
  /** Escape and the Close button close it (default true). */
  dismissible?: boolean;
  /** What closing it does besides rerunning the app: "ignore" (default), "rerun", or a callback run first. */
  onDismiss?: "ignore" | "rerun" | (() => unknown);
}

const open = new WeakMap<RunContext, string>(); // the dialog opened in a run: one at a time

/**
 * `const confirm = st.dialog("Delete item?", (d) => { if (d.button("Yes")) { remove(); st.rerun(); } });
 *  if (st.button("Delete")) confirm();`
 */
export function dialog(dg: DeltaGenerator, title: string, fn: (d: any) => unknown, o: DialogOptions = {}): () => void | Promise<void> {
  const width = o.width ?? "small";
  if (!["small", "medium", "large"].includes(width)) {
    throw new SluiceAPIError(`\`st.dialog\` got width "${String(width)}": use "small", "medium" or "large".`);
  }
  if (typeof fn !== "function") throw new SluiceAPIError("`st.dialog` takes a title and a function: `st.dialog(\"Title\", (d) => { … })`.");
  const dismissible = o.dismissible ?? true;
  const onDismiss = typeof o.onDismiss === "function" ? o.onDismiss : undefined;
  return () => {
    const ctx = dg.ctx;
    ctx.yieldPoint();
    const other = open.get(ctx);
    if (other !== undefined) throw new DialogOpenError(title, other);
    const container = ctx.resolve(dg.path);
    // Its close control: a one-shot press the browser posts when the user closes the dialog.
    const id = widgetId("dialog", undefined, [title, pathKey(container)]);
    const def: WidgetDef<boolean> = {
      id, kind: "dialog", label: `Close ${title}`, formId: "", defaultValue: false, trigger: true,
      ...triggerCodec(`Close ${title}`), onChange: onDismiss, fragmentId: ctx.fragmentId || undefined,
    };
    ctx.widgets.set(id, def as WidgetDef);
    ctx.state.registry.set(id, def as WidgetDef);
    if (ctx.state.triggers.has(id)) return; // the user closed it: this run does not open it again
    open.set(ctx, title);
    const d = dg.writeBlock({ dialog: { title, dismissible, width, isOpen: true, closeId: dismissible ? id : "" } });
    return runFragment(d, fn, {}, [pathKey(container)]) as void | Promise<void>;
  };
}
