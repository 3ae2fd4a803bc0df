// Where a no-JavaScript Apply returns to: the first field the post changed (a pressed button counts), as the id of
// its control in the re-rendered page (found from the tree, as the template names it), so the redirect after the post can go to /#that-id instead of the top.
import type { sluice } from "../gen/proto.js";
import type { AppSession } from "../session/session.ts";
import { snapshot } from "../diff/diff.ts";
import { controlId } from "../../templates/node.tsx";

/** The widget id of the first posted widget whose value differs from the session's (call before the rerun). */
export function firstChanged(session: AppSession, msg: sluice.IBackMsg): string | null {
  return session.state.changedBy(msg.rerunScript?.widgetStates?.widgets ?? [])[0]?.id ?? null;
}

/**
 * The DOM id to return to for a widget in the page as the session's tree renders it now (after the rerun): its
 * first control (the error summary's link target), or a button's element. Null when the run removed the widget.
 */
export function anchorFor(session: AppSession, widgetId: string): string | null {
  const node = snapshot(session.tree).find((p) => p.delta === "element" && (p.message as Record<string, { id?: string }>)[p.type]?.id === widgetId);
  return node ? controlId(node) : null;
}
