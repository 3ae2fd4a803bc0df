// st.selectbox: one option from a list, as a native <select>.
import type { DeltaGenerator } from "./dg.ts";
import { indexCodec } from "./codecs.ts";
import { checkIndex, indexMapping, optionLabels, type OptionListOptions } from "./options.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface SelectboxOptions<T> extends CommonWidgetOptions, OptionListOptions<T> {
  /** Preselected option index; null for none (shows the placeholder). Default 0. */
  index?: number | null;
  placeholder?: string;
}

/** `const city = st.selectbox("City", ["Oslo", "Lima"], { index: 1 })` */
export function selectbox<T>(dg: DeltaGenerator, label: string, options: readonly T[], o: SelectboxOptions<T> = {}): T | null {
  const { list, labels } = optionLabels(options, o);
  const initial = checkIndex("selectbox", o.index === undefined ? 0 : o.index, list.length);
  return registerWidget<number | null, T | null>(
    dg,
    {
      kind: "selectbox",
      label,
      defaultValue: initial,
      identity: [labels, initial, o.help ?? "", o.placeholder ?? ""],
      keyedIdentity: [],
      options: o,
      ...indexCodec(label, list.length, initial === null),
      ...indexMapping("selectbox", list),
    },
    (common) => ({
      selectbox: {
        ...common,
        default: initial,
        options: labels,
        placeholder: o.placeholder ?? "Choose an option",
      },
    }),
  );
}
