// st.exception: an error shown in place with its type, message and stack.
import type { sluice } from "../gen/proto.js";
import type { DeltaGenerator } from "./dg.ts";

/** The Exception message for any thrown value. */
export function exceptionMessage(e: unknown): sluice.IException {
  if (e instanceof Error) {
    const stack = (e.stack ?? "").split("\n").slice(1).map((l) => l.trim()).filter(Boolean);
    return { type: e.name || "Error", message: e.message, stackTrace: stack };
  }
  return { type: typeof e, message: String(e), stackTrace: [] };
}

/** `st.exception(new Error("Bad input"))` */
export function exception(dg: DeltaGenerator, e: unknown): void {
  dg.writeElement({ exception: exceptionMessage(e) });
}
