// `sluice config show`: the resolved config as TOML (it parses back to the same values), each option with its doc
// line from src/config.ts and where its value came from (default, global file, project file, env, flag).
import type { LoadedConfig } from "../adapters/files.ts";
import type { Origin } from "../config-file.ts";

const bare = (k: string) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : JSON.stringify(k));

/** A TOML literal for an option value (JSON's string escapes are TOML's basic-string escapes). */
export function tomlValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(", ")}]`;
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : v > 0 ? "inf" : v < 0 ? "-inf" : "nan";
  return String(v);
}

const describe = (o: Origin | undefined) => (o ? (o.where ? `${o.source} ${o.where}` : o.source) : "default");

/** The text `sluice config show` prints. */
export function renderConfig(loaded: LoadedConfig<object>): string {
  const { files } = loaded;
  const state = (f: string) => `${f} (${files.found.includes(f) ? "found" : "not found"})`;
  const out = [
    "# sluice's resolved config. Precedence, lowest first: default < global file < project file < env (SLUICE_*) < flag (--section.option).",
    `# Global file: ${files.global ? state(files.global) : "none (no home directory)"}`,
    `# Project file: ${state(files.project)}`,
  ];
  // One [table] per section, its options together (TOML allows a table's header once), in the defaults' order.
  const tables = new Map<string, string[]>();
  for (const key of loaded.schema.keys()) {
    const table = key.split(".").slice(0, -1).join(".");
    if (!tables.has(table)) tables.set(table, []);
    tables.get(table)!.push(key);
  }
  const get = (key: string) => key.split(".").reduce<unknown>((t, k) => (t as Record<string, unknown> | undefined)?.[k], loaded.config);
  for (const [table, keys] of tables) {
    if (table) out.push("", `[${table.split(".").map(bare).join(".")}]`);
    for (const key of keys) {
      const spec = loaded.schema.get(key)!;
      const name = bare(key.split(".").at(-1)!);
      const value = get(key);
      out.push("");
      if (spec.doc) out.push(`# ${spec.doc}`);
      out.push(`# Source: ${describe(loaded.origins.get(key))}`);
      out.push(value === undefined || value === null ? `# ${name} is not set` : `${name} = ${tomlValue(value)}`);
    }
  }
  return out.join("\n") + "\n";
}
