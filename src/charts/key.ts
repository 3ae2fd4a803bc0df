// The render-cache key of a chart element: everything its SVG depends on (spec, data, datasets, theme, width mode),
// hashed twice with different seeds (106 bits), so charts of different sessions never share an entry by accident.
import { hashBytes, hashString } from "../util/hash.ts";

export interface ChartMessage {
  spec?: string | null;
  data?: Uint8Array | null;
  datasets?: { name?: string | null; data?: Uint8Array | null }[] | null;
  theme?: string | null;
  useContainerWidth?: boolean | null;
}

const bytesKey = (b: Uint8Array | null | undefined) => (b && b.length ? `${b.length}.${hashBytes(b, 1).toString(36)}.${hashBytes(b, 2).toString(36)}` : "-");

/** A string key for templates/prepare.ts's cache. */
export function chartKey(el: ChartMessage): string {
  const spec = el.spec ?? "";
  const sets = (el.datasets ?? []).map((d) => `${d.name}=${bytesKey(d.data)}`).join(",");
  return `vl:${el.theme ?? ""}:${el.useContainerWidth ? "c" : "f"}:${spec.length}.${hashString(spec, 1)}.${hashString(spec, 2)}:${bytesKey(el.data)}:${sets}`;
}
