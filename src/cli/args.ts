// Command-line parsing for `sluice run` / `sluice hello` / `sluice config show`: the command, its file, and the
// `--section.option value` flags in order. The flags are checked against the options, and layered over the config
// files and SLUICE_* variables, by the config loader (src/config-file.ts via src/adapters/files.ts).

export interface CliArgs {
  command: "run" | "hello" | "help" | "version" | "config";
  file?: string;
  /** `--section.option value` (or `--section.option=value`) pairs, in the order given. */
  flags: [string, string][];
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const flags: [string, string][] = [];
  // --help / -h and --version / -v win wherever they are, before any other flag is checked.
  if (argv.some((a) => a === "--help" || a === "-h")) return { command: "help", flags };
  if (argv.some((a) => a === "--version" || a === "-v")) return { command: "version", flags };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const value = eq < 0 ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) throw new Error(`--${name} needs a value`);
      flags.push([name, value]);
    } else rest.push(a);
  }
  const [command, file] = rest;
  if (command === "run") {
    if (!file) throw new Error("Usage: sluice run <app.ts> [--server.port 8501]");
    return { command, file, flags };
  }
  if (command === "config") {
    if (file !== "show") throw new Error("Usage: sluice config show [--section.option value …]");
    return { command, flags };
  }
  if (command === "hello") return { command, flags };
  if (command === "help" || command === undefined) return { command: "help", flags };
  if (command === "version") return { command, flags };
  throw new Error(`Unknown command "${command}". Run \`sluice --help\` for the commands.`);
}
