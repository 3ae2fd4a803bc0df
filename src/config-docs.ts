// Each option's doc comment and string choices, read from the source of src/config.ts (the `Config` interface and
// the interfaces it names), so `sluice config show` and the loader's checks need no second list. Pure: the text
// comes from src/adapters/files.ts.

export interface OptionDoc {
  doc?: string;
  /** The strings a union of string literals allows ("full" | "none"). */
  choices?: string[];
  /** The value's kind by its declared type, for an option whose default (undefined) cannot tell. */
  kind?: "number" | "boolean" | "list" | "string";
}

/** Parses `interface` bodies of a TypeScript source into `"section.option" → { doc, choices }`, starting at `Config`. */
export function parseConfigDocs(source: string, root = "Config"): Map<string, OptionDoc> {
  const bodies = interfaceBodies(source);
  const out = new Map<string, OptionDoc>();
  const visit = (lines: string[], prefix: string, depth: number) => {
    const stack: string[] = [];
    let doc: string | undefined;
    let docLines: string[] | null = null;
    for (const raw of lines) {
      const line = raw.trim();
      if (docLines) {
        if (line.endsWith("*/")) {
          docLines.push(line.slice(0, -2));
          doc = docLines.map((l) => l.replace(/^\*\s?/, "").trim()).filter(Boolean).join(" ");
          docLines = null;
        } else docLines.push(line);
        continue;
      }
      const one = /^\/\*\*\s*(.*?)\s*\*\/$/.exec(line);
      if (one) {
        doc = one[1];
        continue;
      }
      if (line.startsWith("/**")) {
        docLines = [line.slice(3)];
        continue;
      }
      const key = (name: string) => [prefix, ...stack, name].filter(Boolean).join(".");
      const open = /^(?:readonly\s+)?(\w+)\??:\s*\{$/.exec(line);
      if (open) {
        stack.push(open[1]!);
        doc = undefined;
        continue;
      }
      if (/^\};?$/.test(line)) {
        stack.pop();
        continue;
      }
      const leaf = /^(?:readonly\s+)?(\w+)\??:\s*(.+?);?$/.exec(line);
      if (!leaf) continue;
      const type = leaf[2]!.trim();
      const named = /^(?:Partial<|Readonly<)?([A-Z]\w*)>?$/.exec(type);
      if (named && bodies.has(named[1]!) && depth < 8) visit(bodies.get(named[1]!)!, key(leaf[1]!), depth + 1);
      else out.set(key(leaf[1]!), { ...(doc ? { doc } : {}), ...choicesOf(type), ...kindOf(type) });
      doc = undefined;
    }
  };
  const start = bodies.get(root);
  if (start) visit(start, "", 0);
  return out;
}

function choicesOf(type: string): { choices?: string[] } {
  const parts = type.split("|").map((p) => p.trim()).filter((p) => p !== "undefined" && p !== "null");
  if (!parts.length || !parts.every((p) => /^"[^"]*"$/.test(p))) return {};
  return { choices: parts.map((p) => p.slice(1, -1)) };
}

function kindOf(type: string): { kind?: OptionDoc["kind"] } {
  const t = type.split("|").map((p) => p.trim()).filter((p) => p !== "undefined" && p !== "null").join("|");
  if (t === "number" || t === "boolean" || t === "string") return { kind: t };
  if (/^(string\[\]|readonly string\[\]|Array<string>)$/.test(t)) return { kind: "list" };
  return {};
}

/** `interface Name {` … its closing brace, for every interface (and `type Name = {`) in the source; an interface that
 *  extends others starts with their members. */
function interfaceBodies(source: string): Map<string, string[]> {
  const lines = source.split(/\r?\n/);
  const out = new Map<string, string[]>();
  const bases = new Map<string, string[]>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:export\s+)?(?:interface\s+(\w+)(?:\s+extends\s+([^{]+))?|type\s+(\w+)\s*=)\s*\{\s*$/.exec(lines[i]!);
    if (!m) continue;
    let depth = 1;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && depth > 0; j++) {
      const l = lines[j]!;
      const code = /^\s*(\/\*\*|\*)/.test(l) ? "" : l.replace(/\/\*.*?\*\/|\/\/.*$|"[^"]*"/g, ""); // braces in comments and strings do not count
      depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
      if (depth > 0) body.push(l);
    }
    out.set((m[1] ?? m[3])!, body);
    if (m[2]) bases.set(m[1]!, m[2].split(",").map((b) => b.trim()));
  }
  const own = new Map(out);
  const expand = (name: string, depth: number): string[] =>
    depth > 8 ? [] : [...(bases.get(name) ?? []).flatMap((b) => expand(b, depth + 1)), ...(own.get(name) ?? [])];
  for (const name of bases.keys()) out.set(name, expand(name, 0));
  return out;
}
