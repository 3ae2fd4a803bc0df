// Containers: sidebar, columns, container, expander and an st.empty slot replaced in place.
import type { St } from "../src/index.ts";

export default async function layout(st: St) {
  st.sidebar.title("Sidebar");
  const section = st.sidebar.radio("Section", ["Overview", "Details"]);
  st.title(section);

  const [wide, narrow] = st.columns([2, 1], { gap: "large" });
  wide.markdown("This column is twice as wide as the next one.");
  narrow.markdown("Narrow column.");

  const box = st.container({ border: true });
  box.write("Inside a bordered container.");

  const more = st.expander("More details", { expanded: section === "Details" });
  more.write("Inside the expander: a native `<details>`, so it works without JavaScript.");
  more.checkbox("Nested widget");

  const slot = st.empty();
  slot.text("Loading…");
  await new Promise((r) => setTimeout(r, 10));
  slot.text("Loaded.");
  box.write("Written into the container later: it still appears inside it.");
}
