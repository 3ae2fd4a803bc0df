// Containers: tabs (the WAI-ARIA tabs pattern; every panel shown without JavaScript), a popover, a scrolling
// container, a horizontal row, and an expander.
import type { St } from "../src/index.ts";

export default function containers(st: St) {
  st.title("Containers");
  st.sessionState.saves ??= 0;

  const [chart, data, notes] = st.tabs(["Chart", `Data (${st.sessionState.saves} saved)`, "Notes"], { key: "main-tabs" });
  chart.markdown("A chart would go here. Use the arrow keys to move between tabs.");
  chart.progress(40, { text: "Share of the quarter's target" });
  const rows = data.slider("Rows", { minValue: 1, maxValue: 20, value: 5 });
  data.write(`Showing ${rows} rows.`);
  data.button("Save", { onClick: () => void (st.sessionState.saves += 1) }); // before the run: the label counts it
  notes.textArea("Your notes");

  const filters = st.popover("Filters", { icon: "⚙", help: "Narrow what the tabs show" });
  const open = filters.checkbox("Only open items");
  filters.selectbox("Region", ["EU", "US", "Asia"]);
  st.write(open ? "Showing open items only." : "Showing all items.");

  st.header("A scrolling container");
  const log = st.container({ height: 160 });
  for (let i = 1; i <= 20; i++) log.text(`Log line ${i}`);

  st.header("A horizontal container");
  const row = st.container({ horizontal: true, gap: "small" });
  row.button("First");
  row.button("Second");
  row.button("Third");

  const more = st.expander("About these containers");
  more.markdown("The expander is a native `<details>`; the popover uses the `popover` attribute.");
}
