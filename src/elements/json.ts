// st.json: a value shown as pretty-printed, collapsible JSON.
import type { DeltaGenerator } from "./dg.ts";

export interface JsonOptions {
  /** Open the tree initially (true) or collapsed (false), or to a depth. Default true. */
  expanded?: boolean | number;
}

/** Serialises like JSON.stringify, but shows what JSON drops (undefined, bigint, Map, Set) instead of failing. */
export function toJson(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    value,
    (_k, v) => {
      if (typeof v === "bigint") return v.toString();
      if (v === undefined) return null;
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return "[Circular]";
        seen.add(v);
      }
      return v;
    },
    2,
  ) ?? "null";
}

/** `st.json({ a: 1, b: [1, 2] })` — strings are parsed as JSON first, as in Streamlit. */
export function json(dg: DeltaGenerator, body: unknown, options: JsonOptions = {}): void {
  let text: string;
  if (typeof body === "string") {
    try {
      text = JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      text = JSON.stringify(body);
    }
  } else text = toJson(body);
  const e = options.expanded ?? true;
  dg.writeElement({ json: { body: text, expanded: e !== false, maxExpandDepth: typeof e === "number" ? e : 0 } });
}
