// st.success, st.info, st.warning, st.error: callouts with an accessible role.
import type { DeltaGenerator } from "./dg.ts";

export interface AlertOptions {
  icon?: string;
}

const Format = { error: 1, warning: 2, info: 3, success: 4 } as const;
const write = (dg: DeltaGenerator, format: number, body: unknown, o: AlertOptions) =>
  void dg.writeElement({ alert: { body: String(body), format, icon: o.icon ?? "" } });

/** `st.error("Something broke")` */
export const error = (dg: DeltaGenerator, body: unknown, options: AlertOptions = {}): void => write(dg, Format.error, body, options);
/** `st.warning("Careful")` */
export const warning = (dg: DeltaGenerator, body: unknown, options: AlertOptions = {}): void => write(dg, Format.warning, body, options);
/** `st.info("Did you know")` */
export const info = (dg: DeltaGenerator, body: unknown, options: AlertOptions = {}): void => write(dg, Format.info, body, options);
/** `st.success("Done")` */
export const success = (dg: DeltaGenerator, body: unknown, options: AlertOptions = {}): void => write(dg, Format.success, body, options);
