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
  return buttonWidget(dg, "button", label, options);
}

/**
 * A button widget, true only in the run its press caused: st.button, and formSubmitButton (kind
 * "form_submit_button", with `extra` marking it as its form's submitter).
 */
export function buttonWidget(
  dg: DeltaGenerator,
  kind: "button" | "form_submit_button",
  label: string,
  options: ButtonOptions,
  extra: { formId?: string; isFormSubmitter?: boolean } = {},
): boolean {
  const type = options.type ?? "secondary";
  return registerWidget<boolean>(
    dg,
    {
      kind,
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
        ...extra,
      },
    }),
  );
}
