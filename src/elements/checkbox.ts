// st.checkbox and st.toggle: one boolean; a toggle is a checkbox shown as a switch.
import type { DeltaGenerator } from "./dg.ts";
import { boolCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface CheckboxOptions extends CommonWidgetOptions {
  value?: boolean;
}

function write(dg: DeltaGenerator, kind: "checkbox" | "toggle", label: string, o: CheckboxOptions): boolean {
  const initial = !!o.value;
  return registerWidget<boolean>(
    dg,
    { kind, label, defaultValue: initial, identity: [initial, o.help ?? ""], options: o, ...boolCodec(label) },
    (common) => ({
      checkbox: {
        ...common,
        default: initial,
        type: kind === "toggle" ? 1 : 0,
      },
    }),
  );
}

/** `const agree = st.checkbox("I agree")` */
export const checkbox = (dg: DeltaGenerator, label: string, options: CheckboxOptions = {}): boolean =>
  write(dg, "checkbox", label, options);

/** `const on = st.toggle("Dark mode")` */
export const toggle = (dg: DeltaGenerator, label: string, options: CheckboxOptions = {}): boolean =>
  write(dg, "toggle", label, options);
