// Config from TOML tables, SLUICE_* environment variables and --section.option flags, checked against a defaults
// object of any nesting (theme.sidebar.primaryColor needs no code), merged in Streamlit's order: defaults < global
// file < project file < env < flags. Pure: src/adapters/files.ts reads the files, src/cli brings env and flags.
import { ConfigError } from "./util/errors.ts";
import { closest } from "./util/closest.ts";

export type ConfigSource = "default" | "global file" | "project file" | "env" | "flag";

/** One option, as the loader checks it. */
export interface OptionSpec {
  /** Dotted name: "server.port", "theme.sidebar.primaryColor". */
  key: string;
  /** Its default, which gives its type (undefined or null: a string). */
  sample: unknown;
  /** The strings it takes, where its type is a union of string literals. */
  choices?: readonly string[];
  /** Its doc comment in src/config.ts. */
  doc?: string;
}

export type Schema = Map<string, OptionSpec>;

/** Where an option's value came from: the source, and the file (with line), variable or flag. */
export interface Origin {
  source: ConfigSource;
  where?: string;
}

export interface Setting {
  key: string;
  value: unknown;
  origin: Origin;
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Every leaf of `defaults` (a value that is not a plain object) as an option; `docs` adds doc lines and choices. */
export function schemaOf(defaults: object, docs: ReadonlyMap<string, { doc?: string; choices?: readonly string[] }> = new Map()): Schema {
  const schema: Schema = new Map();
  const walk = (t: Table, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (isTable(v)) walk(v, key);
      else schema.set(key, { key, sample: v, ...docs.get(key) });
    }
  };
  walk(defaults as Table, "");
  return schema;
}

/** server.maxBodyBytes → SLUICE_SERVER_MAX_BODY_BYTES; theme.sidebar.primaryColor → SLUICE_THEME_SIDEBAR_PRIMARY_COLOR. */
export const envName = (key: string): string =>
  "SLUICE_" + key.split(".").map((s) => s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()).join("_");

/** "a number", "true or false", "one of "full", "none"". */
export function expected(spec: OptionSpec): string {
  if (spec.choices) return `one of ${spec.choices.map((c) => JSON.stringify(c)).join(", ")}`;
  if (typeof spec.sample === "number") return "a number";
  if (typeof spec.sample === "boolean") return "true or false";
  if (Array.isArray(spec.sample)) return "a list of strings";
  return "a string";
}

const kindOf = (v: unknown) => (Array.isArray(v) ? "a list" : isTable(v) ? "a table" : v instanceof Date ? "a date" : `a ${typeof v}`);

/** Whether a TOML value fits the option. */
function fits(spec: OptionSpec, v: unknown): boolean {
  const s = spec.sample;
  if (typeof s === "number") return typeof v === "number" && Number.isFinite(v);
  if (typeof s === "boolean") return typeof v === "boolean";
  if (Array.isArray(s)) return Array.isArray(v) && v.every((x) => typeof x === "string");
  return typeof v === "string" && (!spec.choices || spec.choices.includes(v));
}

/** A value from text (an environment variable, a flag, "env:VAR"), typed like the option; undefined if it cannot be. */
export function fromString(spec: OptionSpec, raw: string): { value: unknown } | undefined {
  const s = spec.sample;
  if (typeof s === "number") {
    const n = Number(raw);
    return raw.trim() !== "" && Number.isFinite(n) ? { value: n } : undefined;
  }
  if (typeof s === "boolean") return ["true", "false", "1", "0"].includes(raw) ? { value: raw === "true" || raw === "1" } : undefined;
  if (Array.isArray(s)) return { value: raw.split(",").map((x) => x.trim()).filter(Boolean) };
  return !spec.choices || spec.choices.includes(raw) ? { value: raw } : undefined;
}

/** " (did you mean server.port?)" when a known name is close. */
function hint(name: string, candidates: Iterable<string>, show: (c: string) => string = (c) => c): string {
  const near = closest(name, candidates);
  return near ? ` (did you mean ${show(near)}?)` : "";
}

/** The 1-based line where `key` is set in a TOML text (under its [table] header or as a dotted key), if found. */
export function lineOf(text: string, key: string): number | undefined {
  let table = "";
  const lines = text.split(/\r?\n/);
  const clean = (s: string) => s.split(".").map((p) => p.trim().replace(/^["']|["']$/g, "")).join(".");
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[\s*([^\[\]]+?)\s*\]/.exec(lines[i]!);
    if (header) {
      table = clean(header[1]!);
      if (table === key) return i + 1;
      continue;
    }
    const assign = /^\s*([A-Za-z0-9_\-."' ]+?)\s*=/.exec(lines[i]!);
    if (assign && (table ? `${table}.${clean(assign[1]!)}` : clean(assign[1]!)) === key) return i + 1;
  }
  return undefined;
}

/**
 * The settings of one parsed TOML file. A value of the wrong type throws ConfigError naming the option, the file
 * and line, and the type expected; an unknown option is a warning with the closest known name. `"env:VAR"` reads
 * the environment variable VAR (as in Streamlit).
 */
export function fileSettings(values: Table, o: { text: string; file: string; source: ConfigSource; schema: Schema; env: Record<string, string | undefined>; warnings: string[] }): Setting[] {
  const { schema } = o;
  const out: Setting[] = [];
  const sections = new Set([...schema.keys()].flatMap((k) => k.split(".").slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join("."))));
  const where = (key: string) => {
    const line = lineOf(o.text, key);
    return line ? `${o.file}:${line}` : o.file;
  };
  const walk = (t: Table, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      const key = prefix ? `${prefix}.${k}` : k;
      const spec = schema.get(key);
      if (spec && typeof v === "string" && v.startsWith("env:")) {
        const name = v.slice(4);
        const raw = o.env[name];
        if (raw === undefined) {
          o.warnings.push(`${where(key)}: ${key} = "env:${name}", but ${name} is not set; ${key} keeps its lower-precedence value`);
          continue;
        }
        const typed = fromString(spec, raw);
        if (!typed) throw new ConfigError(`${where(key)}: ${key} = "env:${name}": ${name} must be ${expected(spec)} for ${key}`);
        out.push({ key, value: typed.value, origin: { source: o.source, where: `${where(key)} (env:${name})` } });
      } else if (spec) {
        if (!fits(spec, v)) throw new ConfigError(`${where(key)}: ${key} must be ${expected(spec)}, got ${kindOf(v)}${typeof v === "string" ? ` ("${v}")` : ""}`);
        out.push({ key, value: Array.isArray(v) ? [...v] : v, origin: { source: o.source, where: where(key) } });
      } else if (sections.has(key)) {
        if (!isTable(v)) throw new ConfigError(`${where(key)}: ${key} is a table of options ([${key}]), got ${kindOf(v)}`);
        walk(v, key);
      } else {
        o.warnings.push(`${where(key)}: unknown option ${key}${hint(key, [...schema.keys(), ...sections])}`);
      }
    }
  };
  walk(values, "");
  return out;
}

/** The settings from SLUICE_* environment variables; an unknown SLUICE_* variable is a warning, a bad value an error. */
export function envSettings(env: Record<string, string | undefined>, schema: Schema, warnings: string[]): Setting[] {
  const byName = new Map([...schema.values()].map((s) => [envName(s.key), s]));
  const out: Setting[] = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith("SLUICE_") || raw === undefined) continue;
    const spec = byName.get(name);
    if (!spec) {
      warnings.push(`unknown environment variable ${name}${hint(name, byName.keys(), (n) => `${n} (${byName.get(n)!.key})`)}`);
      continue;
    }
    const typed = fromString(spec, raw);
    if (!typed) throw new ConfigError(`${name} (${spec.key}) expects ${expected(spec)}, got "${raw}"`);
    out.push({ key: spec.key, value: typed.value, origin: { source: "env", where: name } });
  }
  return out;
}

/** The settings from `--section.option value` flags; an unknown option or a bad value is an error. */
export function flagSettings(flags: readonly (readonly [string, string])[], schema: Schema): Setting[] {
  return flags.map(([name, raw]) => {
    const spec = schema.get(name);
    if (!spec) throw new ConfigError(`Unknown option --${name}${hint(name, schema.keys(), (c) => `--${c}`)}. \`sluice config show\` lists every option.`);
    const typed = fromString(spec, raw);
    if (!typed) throw new ConfigError(`--${name} expects ${expected(spec)}, got "${raw}"`);
    return { key: name, value: typed.value, origin: { source: "flag", where: `--${name}` } };
  });
}

/** Defaults overlaid with the settings in order (later wins), and where each option's value came from. */
export function applySettings<T extends object>(defaults: T, settings: readonly Setting[]): { config: T; origins: Map<string, Origin> } {
  const config = structuredClone(defaults);
  const origins = new Map<string, Origin>([...schemaOf(defaults).keys()].map((k) => [k, { source: "default" }]));
  for (const s of settings) {
    const path = s.key.split(".");
    let t = config as Table;
    for (const p of path.slice(0, -1)) t = (isTable(t[p]) ? t[p] : (t[p] = {})) as Table;
    t[path.at(-1)!] = s.value;
    origins.set(s.key, s.origin);
  }
  return { config, origins };
}
