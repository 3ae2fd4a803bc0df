// st.textInput: one line of text, committed on Enter or when the field loses focus. A password's value stays on
// the server (the app sees it) and is never rendered back.
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
      secret: o.type === "password",
      ...stringCodec(label, max),
    },
    (common) => ({
      textInput: {
        ...common,
        // A password is never sent back to the browser (Django's render_value=False): not in the page, the tree
        // or the event log. The browser keeps what the user typed; the message stays the same as they type.
        ...(o.type === "password" ? { value: null, setValue: false } : {}),
        default: initial,
        type: o.type === "password" ? 1 : 0,
        maxChars: max,
        autocomplete: o.autocomplete ?? "",
        placeholder: o.placeholder ?? "",
      },
    }),
  );
}
