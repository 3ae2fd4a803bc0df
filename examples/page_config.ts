// st.setPageConfig: the tab's title and icon, and the page's layout, set from the app (and changed by it).
import type { St } from "../src/index.ts";

export default function pageConfig(st: St) {
  const wide = st.toggle("Wide layout");
  st.setPageConfig({ pageTitle: wide ? "Wide page" : "Centered page", pageIcon: "📐", layout: wide ? "wide" : "centered" });
  st.title("Page configuration");
  st.markdown("The title in the browser tab and the width of this column follow the toggle.");
  const [a, b, c] = st.columns(3);
  a.metric("Left", 1);
  b.metric("Middle", 2);
  c.metric("Right", 3);
}
