// st.textArea: multi-line text, committed when the field loses focus.
import type { DeltaGenerator } from "./dg.ts";
import { stringCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface TextAreaOptions extends CommonWidgetOptions {
  value?: string;
  height?: number;
  maxChars?: number;
  placeholder?: string;
}

/** `const bio = st.textArea("Bio", { height: 120 })` */
export function textArea(dg: DeltaGenerator, label: string, o: TextAreaOptions = {}): string {
  const initial = o.value ?? "";
  const max = o.maxChars ?? 0;
  return registerWidget<string>(
    dg,
    {
      kind: "text_area",
      label,
      defaultValue: initial,
      identity: [initial, o.height ?? 0, max, o.help ?? "", o.placeholder ?? ""],
      keyedIdentity: [max],
      options: o,
      ...stringCodec(label, max),
    },
    (common) => ({
      textArea: {
        ...common,
        default: initial,
        height: o.height ?? 0,
        maxChars: max,
        placeholder: o.placeholder ?? "",
      },
    }),
  );
}
