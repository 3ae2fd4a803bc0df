// Without JavaScript, a message sent from st.chatInput posts the page; the page that follows (post/redirect/get)
// opens at the chat input (/#its-id) and puts the focus back in it with `autofocus` — on that page only, so a
// plain visit never moves the focus past the skip link. The redirect carries the field's id in a short cookie.
import type { AppSession } from "../session/session.ts";

export const FOCUS_COOKIE = "sluice_focus";

/** True when the widget the post changed is a chat input (its message was sent). */
export const isChatSend = (session: AppSession, widgetId: string | null): boolean =>
  !!widgetId && session.state.registry.get(widgetId)?.kind === "chat_input";

/** The page's roots with `autofocus` on the chat input's field `id` (a DOM id sluice made: no quoting needed). */
export function withAutofocus(roots: Record<string, string>, id: string): Record<string, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return roots;
  const attr = ` id="${id}"`;
  return Object.fromEntries(Object.entries(roots).map(([k, html]) => [k, html.replace(attr, `${attr} autofocus=""`)]));
}
