// st.popover: a button that opens a native popover holding what is written into it (works without scripts where
// the browser supports the popover attribute; the glue moves focus in and back).
import type { DeltaGenerator } from "./dg.ts";
import { SluiceAPIError } from "../util/errors.ts";

export interface PopoverOptions {
  icon?: string;
  disabled?: boolean;
  useContainerWidth?: boolean;
  help?: string;
}

/** `const p = st.popover("Settings"); p.checkbox("Dark")` */
export function popover(dg: DeltaGenerator, label: string, o: PopoverOptions = {}): DeltaGenerator {
  if (String(label ?? "").trim() === "") throw new SluiceAPIError("`st.popover` needs a label for its button.");
  return dg.writeBlock({
    popover: { label: String(label), icon: o.icon ?? "", disabled: !!o.disabled, useContainerWidth: !!o.useContainerWidth, help: o.help ?? "" },
  });
}
