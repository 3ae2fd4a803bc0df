// st.numberInput: an int or a float, optionally bounded; empty when value is null.
import type { DeltaGenerator } from "./dg.ts";
import { numberCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface NumberInputOptions extends CommonWidgetOptions {
  minValue?: number;
  maxValue?: number;
  /** Initial value; "min" (the default) means minValue, or 0 without one; null means empty. */
  value?: number | null | "min";
  step?: number;
  format?: string;
  placeholder?: string;
}

/** `const qty = st.numberInput("Quantity", { minValue: 1, maxValue: 10, value: 2 })` */
export function numberInput(dg: DeltaGenerator, label: string, o: NumberInputOptions = {}): number | null {
  const { minValue: min, maxValue: max } = o;
  const initial = o.value === undefined || o.value === "min" ? (min ?? 0) : o.value;
  const sample = [min, max, o.step, initial].filter((x) => typeof x === "number") as number[];
  const integer = sample.every((x) => Number.isInteger(x));
  const step = o.step ?? (integer ? 1 : 0.01);
  if (min !== undefined && max !== undefined && min > max) {
    throw new SluiceAPIError(`\`st.numberInput\` got minValue ${min} greater than maxValue ${max}.`);
  }
  if (initial !== null && ((min !== undefined && initial < min) || (max !== undefined && initial > max))) {
    throw new SluiceAPIError(`\`st.numberInput\` value ${initial} is outside minValue ${min} and maxValue ${max}.`);
  }
  return registerWidget<number | null>(
    dg,
    {
      kind: "number_input",
      label,
      defaultValue: initial,
      identity: [min ?? null, max ?? null, initial, step, o.format ?? "", o.help ?? "", o.placeholder ?? ""],
      keyedIdentity: [],
      options: o,
      ...numberCodec(label, min, max, integer),
    },
    (common) => ({
      numberInput: {
        ...common,
        default: initial,
        format: o.format ?? "",
        hasMin: min !== undefined,
        hasMax: max !== undefined,
        dataType: integer ? 0 : 1,
        step,
        min: min ?? 0,
        max: max ?? 0,
        placeholder: o.placeholder ?? "",
      },
    }),
  );
}
