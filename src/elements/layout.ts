// Layout commands that write blocks: st.container, st.columns, st.expander. Each returns generators for the
// block's children, so what is written into them appears inside, in call order.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export type Gap = "small" | "medium" | "large" | null;

/** `const c = st.container({ border: true }); c.write("inside")` */
export function container(dg: DeltaGenerator, o: { border?: boolean; height?: number; key?: string } = {}): DeltaGenerator {
  return dg.writeBlock({ vertical: { border: !!o.border, height: o.height ?? 0, key: o.key ?? "" } });
}

/** `const [left, right] = st.columns(2)` or `st.columns([2, 1], { gap: "large" })` */
export function columns(
  dg: DeltaGenerator,
  spec: number | readonly number[],
  o: { gap?: Gap; verticalAlignment?: "top" | "center" | "bottom"; border?: boolean } = {},
): DeltaGenerator[] {
  const weights = typeof spec === "number" ? Array.from({ length: spec }, () => 1) : [...spec];
  if (weights.length === 0 || weights.some((w) => !(w > 0))) {
    throw new SluiceAPIError("`st.columns` needs a positive number of columns, or a list of positive widths.");
  }
  const gap = o.gap === undefined ? "small" : o.gap ?? "none";
  const row = dg.writeBlock({ horizontal: { gap } });
  const align = { top: 0, center: 1, bottom: 2 }[o.verticalAlignment ?? "top"];
  return weights.map((weight) => row.writeBlock({ column: { weight, gap, verticalAlignment: align, border: !!o.border } }));
}

/** `const more = st.expander("Details"); more.write("…")` — a native <details>. */
export function expander(dg: DeltaGenerator, label: string, o: { expanded?: boolean; icon?: string } = {}): DeltaGenerator {
  return dg.writeBlock({ expandable: { label, expanded: !!o.expanded, icon: o.icon ?? "" } });
}
