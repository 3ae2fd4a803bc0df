// GET /: the full page, server-rendered. The <head> goes out at once; the body follows when the first run has
// finished or after `firstPaintMs`, whichever is first — a slow app shows what it has and streams the rest.
import type { Context } from "hono";
import { stream as streamBody } from "hono/streaming";
import type { Config } from "../config.ts";
import { snapshot } from "../diff/diff.ts";
import type { AppSession } from "../session/session.ts";
import { Body, HeadAssets, HeadMeta } from "../../templates/page.tsx";
import { renderRoots } from "../../templates/tree.tsx";
import { toHtml } from "../../templates/node.tsx";
import { errorItems } from "../../templates/error-summary.tsx";

const DEFAULT_ICON = "🌊";

export function renderPage(c: Context, session: AppSession, o: { title: string; config: Config; runFirst: boolean }) {
  c.header("content-type", "text/html; charset=utf-8");
  c.header("cache-control", "no-store");
  return streamBody(c, async (out) => {
    await out.write('<!doctype html><html lang="en"><head>' + toHtml(HeadAssets()));
    let running = false;
    if (o.runFirst) {
      const done = session.rerun({ widgetStates: null }).then(() => true);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<false>((r) => (timer = setTimeout(() => r(false), o.config.server.firstPaintMs)));
      running = !(await Promise.race([done, late]));
      clearTimeout(timer);
    }
    const tree = snapshot(session.tree);
    const roots = renderRoots(tree);
    session.pageRendered();
    const head = toHtml(HeadMeta({ title: session.page.title || o.title, favicon: session.page.favicon || DEFAULT_ICON })) + "</head>";
    const body = Body({
      layout: session.page.layout,
      sessionId: session.id,
      lastEventId: session.seq,
      roots,
      stream: o.config.server.runOnSave || running,
      running,
      errors: o.runFirst ? [] : errorItems(tree),
    });
    await out.write(head + toHtml(body) + "</html>");
  });
}
