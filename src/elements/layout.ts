// Layout commands that write blocks: st.container, st.columns, st.expander (tabs, popover: tabs.ts, popover.ts). Each returns generators for the
// block's children, so what is written into them appears inside, in call order.
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export type Gap = "small" | "medium" | "large" | null;

export interface ContainerOptions {
  /** Streamlit's default: a border when the container has a fixed height. */
  border?: boolean;
  /** Pixels; the content scrolls inside a focusable region. */
  height?: number;
  /** Lays children out in a wrapping row. */
  horizontal?: boolean;
  gap?: Gap;
  key?: string;
}

/** `const c = st.container({ border: true }); c.write("inside")`; `st.container({ height: 300 })` scrolls. */
export function container(dg: DeltaGenerator, o: ContainerOptions = {}): DeltaGenerator {
  const height = o.height ?? 0;
  if (!(Number.isFinite(height) && height >= 0)) throw new SluiceAPIError(`\`st.container\` height must be a positive number of pixels; got ${o.height}.`);
  const gap = o.gap === undefined ? "small" : o.gap ?? "none";
  const border = o.border ?? height > 0;
  return dg.writeBlock({ vertical: { border, height: Math.round(height), key: o.key ?? "", horizontal: !!o.horizontal, gap } });
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
