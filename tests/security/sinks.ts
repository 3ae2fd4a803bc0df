// Every text sink of every element, found from the .proto files (so a new element's strings are covered as soon as
// it exists): each string field of each Element and Block kind, each enum value once, rendered by its template.
import { join, resolve } from "node:path";
import protobuf from "protobufjs";

const dir = resolve(import.meta.dirname, "../../proto");

export interface Kind {
  /** "element" or "block". */
  delta: "element" | "block";
  /** The oneof member: "textInput", "expandable", … */
  name: string;
  /** String fields (repeated ones are given two values). */
  strings: { name: string; repeated: boolean }[];
  /** Enum fields and their values. */
  enums: { name: string; values: number[] }[];
  /** Every field's name → repeated. */
  fields: Record<string, boolean>;
}

export function kinds(): Kind[] {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(dir, target.replace(/^.*proto\//, ""));
  root.loadSync(["element.proto", "block.proto"]);
  root.resolveAll();
  const out: Kind[] = [];
  for (const [delta, type] of [["element", "sluice.Element"], ["block", "sluice.Block"]] as const) {
    for (const member of root.lookupType(type).oneofs.type!.fieldsArray) {
      const t = member.resolvedType as protobuf.Type;
      out.push({
        delta,
        name: member.name,
        strings: t.fieldsArray.filter((f) => f.type === "string").map((f) => ({ name: f.name, repeated: f.repeated })),
        enums: t.fieldsArray.filter((f) => f.resolvedType instanceof protobuf.Enum).map((f) => ({ name: f.name, values: Object.values((f.resolvedType as protobuf.Enum).values) })),
        fields: Object.fromEntries(t.fieldsArray.map((f) => [f.name, f.repeated])),
      });
    }
  }
  return out;
}

/** Fields that hold an app's deliberate raw HTML, not text: skipped with the flag that allows it off. */
export const RAW_HTML_FLAGS: Record<string, string> = { markdown: "allowHtml" };

/** A message of `kind` with `text` in the string field `sink` (others benign) and the given enum values. */
export function messageWith(kind: Kind, sink: string | null, text: string, enums: Record<string, number> = {}): Record<string, unknown> {
  const m: Record<string, unknown> = { ...enums };
  for (const f of kind.strings) {
    const v = f.name === sink ? text : f.name === "id" ? "$$ID-0123456789abcdef-w" : f.name === "tag" ? "h2" : "plain";
    m[f.name] = f.repeated ? [v, "other"] : v;
  }
  if ("options" in m && "value" in kind.fields) m.value = kind.fields.value ? [0] : 0; // a choice widget shows the payload as its selected option
  const flag = RAW_HTML_FLAGS[kind.name];
  if (flag) m[flag] = false;
  return m;
}
