// A plain page: its title comes from its file name (03_about.ts → "about").
import type { St } from "../../../src/index.ts";

export default function about(st: St) {
  st.title("About");
  st.markdown("sluice serves each page at its own path. Without JavaScript the navigation is made of buttons that keep your session.");
  st.pageLink("app.ts", { label: "Home", icon: "🏠" });
}
