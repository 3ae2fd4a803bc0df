// st.textInput: one line of text, committed on Enter or when the field loses focus.
import type { DeltaGenerator } from "./dg.ts";
import { stringCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface TextInputOptions extends CommonWidgetOptions {
  value?: string;
  maxChars?: number;
  /** "default" or "password". */
  type?: "default" | "password";
  autocomplete?: string;
  placeholder?: string;
}

/** `const name = st.textInput("Name", { value: "Ada", maxChars: 20 })` */
export function textInput(dg: DeltaGenerator, label: string, o: TextInputOptions = {}): string {
  const initial = o.value ?? "";
  const max = o.maxChars ?? 0;
  return registerWidget<string>(
    dg,
    {
      kind: "text_input",
      label,
      defaultValue: initial,
      identity: [initial, max, o.type ?? "default", o.help ?? "", o.placeholder ?? "", o.autocomplete ?? ""],
      keyedIdentity: [max],
      options: o,
      ...stringCodec(label, max),
    },
    (common) => ({
      textInput: {
        ...common,
        default: initial,
        type: o.type === "password" ? 1 : 0,
        maxChars: max,
        autocomplete: o.autocomplete ?? "",
        placeholder: o.placeholder ?? "",
      },
    }),
  );
}
