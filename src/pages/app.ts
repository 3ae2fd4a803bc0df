// The app as the runner runs it when pages come from outside: without st.navigation, the main app is the home page
// and every module of pages/ beside it is a page (Streamlit's pages/ directory); with it, the app runs as written.
// Either way a URL path no page has is reported once (page_not_found) and the default page runs.
import type { AppFunction } from "../script/runner.ts";
import type { DeltaGenerator } from "../elements/dg.ts";
import { navigation, Page } from "../elements/navigation.ts";
import type { PagesHost } from "./page.ts";
import { pageNameFromFile } from "./names.ts";

/** Wraps the app: the pages/ directory's navigation when the host has pages, and the not-found report. */
export function withPages(app: AppFunction, host: PagesHost | null): AppFunction {
  const wrapped = async (st: DeltaGenerator) => {
    const url = st.runner.state.url;
    url.host = host;
    url.navigated = "";
    url.notFound = "";
    if (host?.pages?.length && !host.explicit) {
      const main = host.mainFile ? pageNameFromFile(host.mainFile) : { title: "Home", icon: "" };
      const pages = [
        Page(st, app, { title: main.title || "Home", icon: main.icon, urlPath: "", default: true }),
        ...host.pages.map((m) => Page(st, m.path)),
      ];
      const page = navigation(st, pages, { implicit: true, position: host.showSidebarNavigation === false ? "hidden" : "sidebar" });
      if (page.home) await app(st); // the entrypoint's own widgets keep the ids they have in a one-page app
      else await page.run();
    } else {
      await app(st);
    }
    // No navigation found the page asked for (or the app has none): say so once; the default page ran.
    const how = url.navigated as string; // set by navigation() meanwhile
    if (how !== "explicit" && url.requested !== "" && (how === "" || url.notFound)) {
      url.notFound = url.requested;
      url.requested = "";
      st.ctx.send({ pageNotFound: { pageName: url.notFound } });
    }
  };
  return wrapped as AppFunction;
}
