// .sluice/secrets.toml and .sluice/config.toml read from disk with node:fs / node:os, which Node, Bun and Deno all
// have: the CLI uses these, and a Bun or Deno app calls them before createApp. Parsing and validation are the core's.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import process from "node:process";
import { parse, TomlError } from "smol-toml";
import { SECRETS_SOURCES, type SecretsSources } from "../script/secrets.ts";
import { ConfigError } from "../util/errors.ts";
import { defaults as configDefaults, type Config } from "../config.ts";
import { parseConfigDocs, type OptionDoc } from "../config-docs.ts";
import { applySettings, envSettings, fileSettings, flagSettings, schemaOf, type Origin, type Schema, type Setting } from "../config-file.ts";
import { createLogger, type LogLevel } from "../util/logger.ts";

/** The home directory, or undefined where the runtime may not read it (Deno without --allow-sys / --allow-env). */
export function home(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

/** `[global, project]` paths of a file under `.sluice/` (lower precedence first; the same file once). */
export function sluiceFiles(name: string, dir: string = process.cwd(), homeDir: string | undefined = home()): string[] {
  const files = [homeDir && join(homeDir, ".sluice", name), join(resolve(dir), ".sluice", name)].filter((f): f is string => !!f);
  return [...new Set(files)];
}

/** Parses a TOML file; a syntax error names the file, line and column. Undefined when the file does not exist. */
export function readToml(file: string): { text: string; values: Record<string, unknown> } | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  try {
    return { text, values: parse(text) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof TomlError) throw new ConfigError(`${file}:${error.line}:${error.column}: invalid TOML: ${error.message.split("\n")[0]}`);
    throw error;
  }
}

const isTable = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** Merges `over` into a copy of `base`, table by table: a key in `over` replaces the same key in `base`. */
export function mergeTables(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isTable(v) ? mergeTables(isTable(out[k]) ? out[k] : {}, v) : v; // plain objects (TOML tables have no prototype)
  return out;
}

/**
 * Reads `.sluice/secrets.toml` in `dir` (default: the working directory) and in the home directory; the project's
 * keys win, table by table. Returns a plain object for `createApp({ secrets })`; it also remembers (not as a key)
 * which files were searched, for the message of a missing key.
 * @example
 * import { loadSecrets, serve } from "sluice/bun";
 * await serve(createApp({ app, secrets: loadSecrets() }));
 */
export function loadSecrets(dir?: string, o: { home?: string } = {}): Record<string, unknown> {
  const searched = sluiceFiles("secrets.toml", dir, o.home ?? home());
  const found: string[] = [];
  let values: Record<string, unknown> = {};
  for (const file of searched) {
    const read = readToml(file);
    if (!read) continue;
    found.push(file);
    values = mergeTables(values, read.values);
  }
  const sources: SecretsSources = { searched, found };
  Object.defineProperty(values, SECRETS_SOURCES, { value: sources, enumerable: false });
  return values;
}

/** Each option's doc line and choices, from src/config.ts beside this module (none where the source is not shipped). */
export function configDocs(): Map<string, OptionDoc> {
  try {
    return parseConfigDocs(readFileSync(new URL("../config.ts", import.meta.url), "utf8"));
  } catch {
    return new Map();
  }
}

/** The process environment, or none where the runtime may not read it (Deno without --allow-env). */
function processEnv(): Record<string, string | undefined> {
  try {
    return { ...process.env };
  } catch {
    return {};
  }
}

export interface LoadedConfig<T> {
  /** The whole resolved config: pass it to createApp({ config }). */
  config: T;
  /** Where each option's value came from ("server.port" → { source: "project file", where: "/app/.sluice/config.toml:2" }). */
  origins: Map<string, Origin>;
  /** Unknown options and unset "env:VAR" references (already logged unless `log: false`). */
  warnings: string[];
  /** The config files looked at, lower precedence first, and which of them exist. */
  files: { global?: string; project: string; found: string[] };
  schema: Schema;
}

/**
 * Resolves the config as `sluice run` does: defaults < ~/.sluice/config.toml < `dir`/.sluice/config.toml < SLUICE_*
 * environment variables < flags. A value of the wrong type throws ConfigError; unknown options are warnings.
 * @example
 * import { loadConfig, loadSecrets, serve } from "sluice/deno";
 * await serve(createApp({ app, config: loadConfig().config, secrets: loadSecrets() }));
 */
export function loadConfig<T extends object = Config>(
  dir?: string,
  o: { home?: string; env?: Record<string, string | undefined>; flags?: readonly (readonly [string, string])[]; defaults?: T; log?: boolean } = {},
): LoadedConfig<T> {
  const defaults = (o.defaults ?? configDefaults) as T;
  const schema = schemaOf(defaults, configDocs());
  const env = o.env ?? processEnv();
  const paths = sluiceFiles("config.toml", dir, o.home ?? home());
  const project = paths.at(-1)!;
  const warnings: string[] = [];
  const settings: Setting[] = [];
  const found: string[] = [];
  for (const file of paths) {
    const read = readToml(file);
    if (!read) continue;
    found.push(file);
    const source = file === project ? "project file" : "global file";
    settings.push(...fileSettings(read.values, { text: read.text, file, source, schema, env, warnings }));
  }
  settings.push(...envSettings(env, schema, warnings), ...flagSettings(o.flags ?? [], schema));
  const { config, origins } = applySettings(defaults, settings);
  if (o.log !== false) {
    const log = createLogger((config as { logger?: { level?: LogLevel } }).logger?.level);
    for (const w of warnings) log.warning(w);
  }
  return { config, origins, warnings, files: { global: paths.length > 1 ? paths[0] : undefined, project, found }, schema };
}
