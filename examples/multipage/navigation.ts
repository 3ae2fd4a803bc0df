// The same pages with st.navigation (`sluice run examples/multipage/navigation.ts`): sections, a page given as a
// function, and the menu in a bar at the top. An app that calls st.navigation ignores pages/ as a directory.
import type { St } from "../../src/index.ts";

function overview(st: St) {
  st.title("Overview");
  st.write("Reports are in the menu at the top; the Reports section is a disclosure menu.");
  st.pageLink("pages/01_dashboard.ts", { label: "Costs this month", queryParams: { tab: "Costs" } });
}

export default async function app(st: St) {
  const page = st.navigation(
    {
      "": [st.Page(overview, { title: "Overview", icon: "🏠", default: true })],
      Reports: [st.Page("pages/01_dashboard.ts", { title: "Dashboard", icon: "📊" }), st.Page("pages/03_about.ts", { title: "About" })],
      Account: [st.Page("pages/02_settings.ts", { title: "Settings", icon: "⚙️", urlPath: "settings" })],
    },
    { position: "top" },
  );
  await page.run();
}
