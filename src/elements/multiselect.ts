// st.multiselect: any number of options from a list, as a native multiple <select>.
import type { DeltaGenerator } from "./dg.ts";
import { indicesCodec } from "./codecs.ts";
import { indicesMapping, optionLabels, type OptionListOptions } from "./options.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface MultiselectOptions<T> extends CommonWidgetOptions, OptionListOptions<T> {
  /** Preselected options (values, not indices). */
  default?: readonly T[] | T | null;
  maxSelections?: number;
  placeholder?: string;
}

/** `const tags = st.multiselect("Tags", ["a", "b", "c"], { default: ["a"] })` */
export function multiselect<T>(dg: DeltaGenerator, label: string, options: readonly T[], o: MultiselectOptions<T> = {}): T[] {
  const { list, labels } = optionLabels(options, o);
  const wanted = o.default == null ? [] : Array.isArray(o.default) ? o.default : [o.default as T];
  const initial = wanted.map((v) => {
    const i = list.indexOf(v);
    if (i < 0) throw new SluiceAPIError(`\`st.multiselect\` default value ${JSON.stringify(v)} is not one of the options.`);
    return i;
  });
  const max = o.maxSelections ?? 0;
  return registerWidget<number[], T[]>(
    dg,
    {
      kind: "multiselect",
      label,
      defaultValue: initial,
      identity: [labels, initial, o.help ?? "", max, o.placeholder ?? ""],
      keyedIdentity: [],
      options: o,
      ...indicesCodec(label, list.length, max),
      ...indicesMapping("multiselect", list),
    },
    (common) => ({
      multiselect: {
        ...common,
        default: initial,
        options: labels,
        maxSelections: max,
        placeholder: o.placeholder ?? "Choose options",
      },
    }),
  );
}
