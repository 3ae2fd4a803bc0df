// st.radio: one option from a short list, as a fieldset of radio buttons.
import type { DeltaGenerator } from "./dg.ts";
import { indexCodec } from "./codecs.ts";
import { checkIndex, indexMapping, optionLabels, type OptionListOptions } from "./options.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface RadioOptions<T> extends CommonWidgetOptions, OptionListOptions<T> {
  /** Preselected option index; null for none. Default 0. */
  index?: number | null;
  horizontal?: boolean;
  captions?: string[];
}

/** `const pet = st.radio("Pet", ["cat", "dog"])` */
export function radio<T>(dg: DeltaGenerator, label: string, options: readonly T[], o: RadioOptions<T> = {}): T | null {
  const { list, labels } = optionLabels(options, o);
  const initial = checkIndex("radio", o.index === undefined ? 0 : o.index, list.length);
  return registerWidget<number | null, T | null>(
    dg,
    {
      kind: "radio",
      label,
      defaultValue: initial,
      identity: [labels, initial, o.help ?? ""],
      keyedIdentity: [labels],
      options: o,
      ...indexCodec(label, list.length, initial === null),
      ...indexMapping("radio", list),
    },
    (common) => ({
      radio: {
        ...common,
        default: initial,
        options: labels,
        horizontal: !!o.horizontal,
        captions: o.captions ?? [],
      },
    }),
  );
}
