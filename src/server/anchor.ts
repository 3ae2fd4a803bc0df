// Where a no-JavaScript Apply returns to: the first field the post changed (a pressed button counts), as the id of
// its control in the re-rendered page, so the redirect after the post can go to /#that-id instead of the top.
import type { sluice } from "../gen/proto.js";
import type { AppSession } from "../session/session.ts";
import { snapshot } from "../diff/diff.ts";
import { renderRoots } from "../../templates/tree.tsx";

/** The widget id of the first posted widget whose value differs from the session's (call before the rerun). */
export function firstChanged(session: AppSession, msg: sluice.IBackMsg): string | null {
  const state = session.state;
  for (const ws of msg.rerunScript?.widgetStates?.widgets ?? []) {
    const def = state.registry.get(ws.id ?? "");
    if (!def) continue;
    if (def.trigger) {
      if (ws.triggerValue) return def.id;
      continue;
    }
    const old = state.widgetValues.has(def.id) ? state.widgetValues.get(def.id) : def.defaultValue;
    try {
      if (!def.equals(old, def.fromState(ws))) return def.id;
    } catch {
      return def.id; // a value the widget refused is a change the user made, too
    }
  }
  return null;
}

const escapeAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The DOM id to return to for a widget in the page as the session's tree renders it now (after the rerun): its
 * first visible control named by the widget id (every widget's controls are named by it), else the id of the
 * element wrapping that control. Null when the run removed the widget.
 */
export function anchorFor(session: AppSession, widgetId: string): string | null {
  const html = Object.values(renderRoots(snapshot(session.tree))).join("");
  const name = `name="${escapeAttr(widgetId)}"`;
  let at = html.indexOf(name);
  while (at >= 0) {
    const start = html.lastIndexOf("<", at);
    const tag = html.slice(start, html.indexOf(">", at) + 1);
    if (!/\stype="hidden"/.test(tag)) {
      const id = / id="([^"]+)"/.exec(tag)?.[1];
      if (id) return id;
      const wrappers = [...html.slice(0, start).matchAll(/<div id="(sl-[0-9-]+)" class="sl-(?:el|block)\b/g)];
      return wrappers.pop()?.[1] ?? null;
    }
    at = html.indexOf(name, at + name.length);
  }
  return null;
}
