// Command-line parsing for `sluice run` / `sluice hello`: `--section.option value` flags over environment
// variables (SLUICE_SECTION_OPTION) over defaults. (.sluice/config.toml comes with the config issue.)
import type { PartialConfig } from "../config.ts";
import { defaults } from "../config.ts";

export interface CliArgs {
  command: "run" | "hello" | "help" | "version";
  file?: string;
  config: PartialConfig;
}

const coerce = (sample: unknown, raw: string, name: string): unknown => {
  if (typeof sample === "number") {
    const n = Number(raw);
    if (!Number.isFinite(n)) throw new Error(`--${name} expects a number, got "${raw}"`);
    return n;
  }
  if (typeof sample === "boolean") {
    if (!["true", "false", "1", "0"].includes(raw)) throw new Error(`--${name} expects true or false, got "${raw}"`);
    return raw === "true" || raw === "1";
  }
  if (Array.isArray(sample)) return raw.split(",").map((s) => s.trim()).filter(Boolean);
  return raw;
};

function setOption(config: PartialConfig, name: string, raw: string): void {
  const [section, option] = name.split(".") as [keyof typeof defaults, string];
  const sectionDefaults = defaults[section] as Record<string, unknown> | undefined;
  if (!sectionDefaults || !option || !(option in sectionDefaults)) {
    throw new Error(`Unknown option --${name}. Options: ${Object.entries(defaults).flatMap(([s, o]) => Object.keys(o).map((k) => `${s}.${k}`)).join(", ")}`);
  }
  ((config[section] ??= {}) as Record<string, unknown>)[option] = coerce(sectionDefaults[option], raw, name);
}

export function parseArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliArgs {
  const config: PartialConfig = {};
  // --help / -h and --version / -v win wherever they are, before any other flag is checked.
  if (argv.some((a) => a === "--help" || a === "-h")) return { command: "help", config };
  if (argv.some((a) => a === "--version" || a === "-v")) return { command: "version", config };
  for (const [k, v] of Object.entries(env)) {
    const m = /^SLUICE_([A-Z]+)_([A-Z_]+)$/.exec(k);
    if (!m || v === undefined) continue;
    const section = m[1]!.toLowerCase();
    const option = m[2]!.toLowerCase().replace(/_([a-z])/g, (_s, c: string) => c.toUpperCase());
    const known = Object.keys((defaults as unknown as Record<string, object>)[section] ?? {}).find((o) => o.toLowerCase() === option.toLowerCase());
    if (known) setOption(config, `${section}.${known}`, v);
  }
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      setOption(config, name, value);
    } else rest.push(a);
  }
  const [command, file] = rest;
  if (command === "run") {
    if (!file) throw new Error("Usage: sluice run <app.ts> [--server.port 8501]");
    return { command, file, config };
  }
  if (command === "hello") return { command, config };
  if (command === "help" || command === undefined) return { command: "help", config };
  if (command === "version") return { command, config };
  throw new Error(`Unknown command "${command}". Run \`sluice --help\` for the commands.`);
}
