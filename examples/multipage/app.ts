// A multipage app (`sluice run examples/multipage/app.ts`): this file is the home page at "/", and every module in
// pages/ beside it is a page, ordered and titled from its file name (01_dashboard.ts → "dashboard" at /dashboard).
// Session state survives page changes; the Settings page's name shows up here.
import type { St } from "../../src/index.ts";

export default function home(st: St) {
  st.title("Multipage demo");
  st.markdown("Pick a page in the sidebar. Each page has its own URL, so deep links, reload and back/forward work.");
  const name = st.sessionState.name as string | undefined;
  st.write(name ? `Welcome back, ${name}.` : "Tell us your name on the Settings page.");
  st.pageLink("pages/01_dashboard.ts", { label: "Open the dashboard on the Costs tab", icon: "📊", queryParams: { tab: "Costs" } });
  st.pageLink("pages/02_settings.ts", { label: "Settings", icon: "⚙️" });
}
