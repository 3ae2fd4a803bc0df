// st.progress: a progress bar whose handle updates it in place (a locked slot, like st.empty).
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

/**
 * Streamlit's rule: an integer is a percentage (0–100), a fraction a share (0.0–1.0). JavaScript has one number
 * type, so a whole number is always read as a percentage: `progress(1)` is 1 %, `progress(0.5)` is 50 %.
 */
export function progressPercent(value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new SluiceAPIError(`\`st.progress\` takes a whole number from 0 to 100 or a fraction from 0.0 to 1.0; got ${describe(value)}.`);
  }
  if (Number.isInteger(value)) {
    if (value < 0 || value > 100) throw new SluiceAPIError(`\`st.progress\` got ${value}: a whole number must be from 0 to 100 (a percentage).`);
    return value;
  }
  if (value < 0 || value > 1) throw new SluiceAPIError(`\`st.progress\` got ${value}: a fraction must be from 0.0 to 1.0.`);
  return Math.round(value * 100);
}

const describe = (v: unknown) => (typeof v === "string" ? `the string "${v}"` : Number.isNaN(v) ? "NaN" : typeof v);

/** `const bar = st.progress(0, { text: "Working" }); bar.progress(50)` — the handle's progress() updates in place. */
export function progress(dg: DeltaGenerator, value: number, o: { text?: string } = {}): DeltaGenerator {
  const path = dg.writeElement({ progress: { value: progressPercent(value), text: o.text ?? "" } });
  return dg.locked ? dg : dg.child(dg.path, path);
}
