// Auto-recover (Phoenix LiveView's): a post for a session that is gone (the server restarted, the session
// expired) starts a new session holding the values the form carries, instead of reloading the tab into a blank
// page. Every post carries every widget's value, and widget ids are deterministic, so the new run can take them.
import type { Config } from "../config.ts";
import type { AppSession } from "../session/session.ts";
import { Stream } from "../../templates/page.tsx";
import { toHtml } from "../../templates/node.tsx";
import { decodeRerun, pageRequest, type DecodedRerun, type FormFields } from "./form.ts";

/**
 * Creates a session for a post whose session is unknown: runs the app once (which registers its widgets), then
 * hands back the post's values for the widgets that exist in that run (a value the run refuses keeps its default).
 * Event ids go on from the tab's last one (its glue drops ids it has seen), and the tab's first event is a full
 * refresh of every root (see {@link recoveredPreamble} for the new session id).
 */
export async function recoverSession(fields: FormFields, create: () => AppSession, shown?: string): Promise<{ session: AppSession; decoded: DecodedRerun }> {
  const own = new Map([...fields].filter(([name]) => name.startsWith("_sluice_") && name !== "_sluice_stop"));
  const { lastEventId, seq, backMsg } = decodeRerun(own, new Map()); // checks the counters before anything is created
  const asked = backMsg.rerunScript ?? {};
  const session = create();
  session.seq = lastEventId;
  // The page the tab shows (its address bar), so that page's widgets are registered and take the posted values.
  let where: ReturnType<typeof pageRequest> = {};
  try {
    where = shown ? pageRequest(shown, undefined) : {};
  } catch {} // not a path of this app: the default page
  await session.rerun({ widgetStates: null, pageName: where.pageName ?? undefined, queryString: asked.queryString ?? where.queryString ?? undefined });
  session.pageRendered(); // the tab gets one full refresh, not this run's events
  session.seq = Math.max(session.seq, lastEventId + 1);
  session.lastPostSeq = seq;
  const widgets = [];
  for (const [name, values] of fields) {
    if (name.startsWith("_sluice_") || !session.state.registry.has(name)) continue;
    try {
      const one = decodeRerun(new Map([["_sluice_session", [session.id]], [name, values]]), session.state.registry);
      widgets.push(...(one.backMsg.rerunScript?.widgetStates?.widgets ?? []));
    } catch {
      // a value this run no longer accepts (options changed, say): the widget keeps its default
    }
  }
  const page = asked.pageName != null ? { pageName: asked.pageName, queryString: asked.queryString } : {}; // a page change asked for
  return { session, decoded: { sessionId: session.id, lastEventId, seq, backMsg: { rerunScript: { widgetStates: { widgets }, ...page } } } };
}

/** HTML for the tab's first event after a recovery: the form's session id, and the tab's stream moved over. */
export function recoveredPreamble(session: AppSession, config: Config): string {
  let html = `<hx-partial hx-target="input[name=_sluice_session]" hx-swap="outerHTML"><input type="hidden" name="_sluice_session" value="${session.id}"></hx-partial>`;
  html += `<hx-partial hx-target="#sl-stream" hx-swap="delete"></hx-partial>`;
  if (config.server.runOnSave) {
    html += `<hx-partial hx-target="body" hx-swap="beforeend">${toHtml(Stream({ sessionId: session.id, after: session.seq }))}</hx-partial>`;
  }
  return html;
}
