// st.button: true only in the run its press caused.
import type { DeltaGenerator } from "./dg.ts";
import { triggerCodec } from "./codecs.ts";
import { registerWidget, type CommonWidgetOptions } from "./widget.ts";

export interface ButtonOptions extends Omit<CommonWidgetOptions, "onChange" | "labelVisibility"> {
  onClick?: (...args: any[]) => unknown;
  /** "primary", "secondary" (default) or "tertiary". */
  type?: "primary" | "secondary" | "tertiary";
  icon?: string;
  useContainerWidth?: boolean;
}

/** `if (st.button("Save")) save()` */
export function button(dg: DeltaGenerator, label: string, options: ButtonOptions = {}): boolean {
  const type = options.type ?? "secondary";
  return registerWidget<boolean>(
    dg,
    {
      kind: "button",
      label,
      defaultValue: false,
      trigger: true,
      identity: [options.help ?? "", type, options.icon ?? ""],
      options: { ...options, onChange: options.onClick },
      ...triggerCodec(label),
    },
    ({ id }) => ({
      button: {
        id,
        label,
        help: options.help ?? "",
        type,
        disabled: !!options.disabled,
        icon: options.icon ?? "",
        useContainerWidth: !!options.useContainerWidth,
      },
    }),
  );
}
