// st.tabs: a tab container block (the tab list) with one tab block (a panel) per label. Which tab is selected
// after the first render is the browser's (static/glue/60-tabs.js keeps it through reruns and morphs).
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface TabsOptions {
  /** The label of the tab selected at first (Streamlit's `default`); the first tab when absent. */
  default?: string;
  key?: string;
}

/** `const [chart, data] = st.tabs(["Chart", "Data"]); chart.write("…")` */
export function tabs(dg: DeltaGenerator, labels: readonly string[], o: TabsOptions = {}): DeltaGenerator[] {
  if (!Array.isArray(labels) || labels.length === 0) {
    throw new SluiceAPIError("`st.tabs` needs a non-empty list of tab labels, e.g. `st.tabs([\"Chart\", \"Data\"])`.");
  }
  const names = labels.map((l) => String(l));
  if (names.some((l) => l.trim() === "")) throw new SluiceAPIError("`st.tabs` labels must not be empty.");
  let index = 0;
  if (o.default !== undefined) {
    index = names.indexOf(o.default);
    if (index < 0) throw new SluiceAPIError(`\`st.tabs\` default "${o.default}" is not one of the labels (${names.join(", ")}).`);
  }
  const box = dg.writeBlock({ tabContainer: { labels: names, defaultIndex: index, key: o.key ?? "" } });
  return names.map((label, i) => box.writeBlock({ tab: { label, selected: i === index } }));
}
