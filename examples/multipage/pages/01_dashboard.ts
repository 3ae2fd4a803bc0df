// The dashboard keeps its chosen tab in the URL (?tab=Costs): a link or a reload opens the same view.
import type { St } from "../../../src/index.ts";

const TABS = ["Sales", "Costs", "Margin"] as const;
const FIGURES: Record<string, [string, string]> = { Sales: ["€ 48,200", "+4 %"], Costs: ["€ 31,900", "-2 %"], Margin: ["34 %", "+3 pts"] };

export default function dashboard(st: St) {
  st.title("Dashboard");
  const asked = st.queryParams.tab as string | undefined;
  const index = Math.max(0, TABS.indexOf((asked ?? "Sales") as (typeof TABS)[number]));
  const tab = st.radio("View", TABS, { index, horizontal: true, key: "dashboard_tab" }) ?? "Sales";
  if (st.queryParams.tab !== tab) st.queryParams.tab = tab; // the address bar follows, without a reload
  const [value, delta] = FIGURES[tab]!;
  st.metric(tab, value, { delta });
  st.caption(`This view's link: /dashboard?tab=${tab}`);
}
