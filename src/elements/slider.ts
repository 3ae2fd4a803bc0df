// st.slider: a number, or a range of two, between bounds (native range inputs; a range is two of them).
import type { DeltaGenerator } from "./dg.ts";
import { numbersCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface SliderOptions extends CommonWidgetOptions {
  minValue?: number;
  maxValue?: number;
  /** A number, or [low, high] for a range slider. Default minValue. */
  value?: number | readonly [number, number];
  step?: number;
  /** printf-style display format, e.g. "%d", "%.2f". */
  format?: string;
}

/** `const n = st.slider("n", { minValue: 0, maxValue: 100, value: 25 })` — a range: `value: [20, 80]`. */
export function slider(dg: DeltaGenerator, label: string, o: SliderOptions = {}): any {
  const given = o.value;
  const sample = [o.minValue, o.maxValue, o.step, ...(Array.isArray(given) ? given : [given])].filter((x) => x !== undefined) as number[];
  const integer = sample.every((x) => Number.isInteger(x));
  const min = o.minValue ?? 0;
  const max = o.maxValue ?? (integer ? 100 : 1);
  const step = o.step ?? (integer ? 1 : 0.01);
  if (min > max) throw new SluiceAPIError(`\`st.slider\` got minValue ${min} greater than maxValue ${max}.`);
  if (!(step > 0)) throw new SluiceAPIError(`\`st.slider\` step must be positive (got ${step}).`);
  const initial = given === undefined ? [min] : Array.isArray(given) ? [...given] : [given as number];
  if (initial.length > 2) throw new SluiceAPIError("`st.slider` value must be a number or a pair [low, high].");
  for (const v of initial) {
    if (v < min || v > max) throw new SluiceAPIError(`\`st.slider\` value ${v} is outside minValue ${min} and maxValue ${max}.`);
  }
  return registerWidget<number[], any>(
    dg,
    {
      kind: "slider",
      label,
      defaultValue: initial,
      identity: [min, max, initial, step, o.format ?? "", o.help ?? ""],
      keyedIdentity: [min, max],
      options: o,
      ...numbersCodec(label, initial.length, min, max, integer, step),
      toPublic: (v) => (initial.length === 2 ? [v[0], v[1]] : v[0]),
      fromPublic: (v) => {
        const xs = Array.isArray(v) ? v.map(Number) : [Number(v)];
        if (xs.length !== initial.length || xs.some((x) => !Number.isFinite(x) || x < min || x > max)) {
          throw new SluiceAPIError(`st.sessionState value ${JSON.stringify(v)} does not fit \`st.slider\` "${label}" (${min}..${max}).`);
        }
        return xs;
      },
    },
    (common) => ({
      slider: {
        ...common,
        format: o.format ?? (integer ? "%d" : "%0.2f"),
        dataType: integer ? 0 : 1,
        default: initial,
        min,
        max,
        step,
      },
    }),
  );
}
