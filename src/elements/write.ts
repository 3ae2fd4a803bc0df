// st.write: writes each argument the way its type asks (text as Markdown, errors as exceptions, objects as JSON).
import type { DeltaGenerator } from "./dg.ts";
import { markdown } from "./markdown.ts";
import { exception } from "./exception.ts";
import { json } from "./json.ts";

/** `st.write("**n** is", 5, { a: 1 })` — consecutive strings and numbers are joined into one Markdown element. */
export function write(dg: DeltaGenerator, ...args: unknown[]): void {
  let text: string[] = [];
  const flush = () => {
    if (text.length) markdown(dg, text.join(" "));
    text = [];
  };
  for (const arg of args) {
    if (typeof arg === "string" || typeof arg === "number" || typeof arg === "bigint" || typeof arg === "boolean") {
      text.push(String(arg));
    } else if (arg instanceof Error) {
      flush();
      exception(dg, arg);
    } else if (arg === null || arg === undefined) {
      text.push("`" + String(arg) + "`");
    } else {
      flush();
      json(dg, arg);
    }
  }
  flush();
}
