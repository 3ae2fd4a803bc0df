// `sluice run app.ts` and `sluice hello`: load the app through tsx, serve it on Node, rerun on save (chokidar).
import { pathToFileURL, fileURLToPath } from "node:url";
import { basename, dirname, resolve, extname } from "node:path";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tsImport } from "tsx/esm/api";
import { watch } from "chokidar";
import { createApp } from "../server/app.ts";
import { serve } from "../adapters/node.ts";
import { installGuard } from "../adapters/guard.ts";
import type { AppFunction } from "../script/runner.ts";
import { parseArgs } from "./args.ts";
import { loadConfig } from "../adapters/files.ts";
import { createLogger } from "../util/logger.ts";
import { renderConfig } from "./config-show.ts";
import { watchSettings } from "./watch-settings.ts";
import { openBrowser } from "./open-browser.ts";
import { exitOnSignals, version } from "./lifecycle.ts";
import { CliSecrets } from "./secrets.ts";
import { pagesHost } from "./pages.ts";

const HELP = `sluice — write a script, get an app

Usage:
  sluice run <app.ts|app.js> [--section.option value …]   serve an app (reruns on save)
  sluice hello                                          the demo app
  sluice config show [--section.option value …]         the resolved config: each option, its value and source
  sluice --help | -h                                    this text
  sluice --version | -v                                 the version

Options come from .sluice/config.toml (in the working directory, over ~/.sluice/config.toml), then environment
variables SLUICE_SECTION_OPTION, then flags, e.g.:
  --server.port 8501  --server.address localhost  --server.headless true  --server.runOnSave false
  --client.showErrorDetails full|none  --logger.level info
All options: \`sluice config show\`, docs/config.md (in a project: node_modules/sluice/docs/config.md).
Secrets: .sluice/secrets.toml (st.secrets; docs/secrets.md).

An app lives in its own folder with sluice as a dependency:
  mkdir myapp && cd myapp && npm init -y && npm install sluice && npx sluice run app.ts
`;

/** Imports the app module afresh (its whole import graph), so an edited helper module is picked up too. */
async function loadApp(file: string): Promise<AppFunction> {
  // tsImport gives ESM modules a fresh graph each time; in a folder without "type": "module" tsx compiles the
  // app to CommonJS, whose modules sit in require.cache: forget the app's own ones so edited helpers reload.
  const cache = createRequire(import.meta.url).cache;
  const dir = dirname(file);
  for (const key of Object.keys(cache)) if (key.startsWith(dir) && !key.includes("node_modules")) delete cache[key];
  try {
    const mod = await tsImport(pathToFileURL(file).href, import.meta.url);
    const app = (mod.default?.default ?? mod.default) as unknown;
    if (typeof app !== "function") throw new Error(`${file} has no default export function (export default async (st) => { … }).`);
    return app as AppFunction;
  } catch (error) {
    // Show the error in the app (like Streamlit's compile error) rather than killing the server.
    return () => {
      throw error;
    };
  }
}

export async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.command === "help") {
    process.stdout.write(HELP);
    return;
  }
  if (args.command === "version") {
    process.stdout.write(`sluice ${version()}\n`);
    return;
  }
  // defaults < ~/.sluice/config.toml < ./.sluice/config.toml < SLUICE_* < flags; unknown options were warned about
  const loaded = loadConfig(process.cwd(), { env: process.env, flags: args.flags });
  if (args.command === "config") {
    process.stdout.write(renderConfig(loaded));
    return;
  }
  const log = createLogger(loaded.config.logger.level);
  log.debug(`config files read: ${loaded.files.found.join(", ") || "none"}`);
  const here = dirname(fileURLToPath(import.meta.url));
  const file = args.command === "hello" ? resolve(here, "../../examples/hello.ts") : resolve(args.file!);
  if (!existsSync(file)) throw new Error(`No such file: ${file}`);
  const runOnSave = loaded.origins.get("server.runOnSave")?.source === "default" ? args.command === "run" : loaded.config.server.runOnSave;
  const config = { ...loaded.config, server: { ...loaded.config.server, runOnSave } };
  const secrets = new CliSecrets(process.cwd(), process.env);
  secrets.load(); // before the app is imported: its module may read the environment variables set from secrets
  const pages = pagesHost(file, loadApp); // pages/ beside the app, and st.Page("pages/x.ts") (src/cli/pages.ts)
  const server = createApp({ app: await loadApp(file), title: args.command === "hello" ? "Hello, sluice" : basename(file, extname(file)), config, secrets: secrets.values, pages });
  const listening = await serve(server);
  const { port } = listening;
  installGuard(); // app code (also reloaded on save) never takes the server down; serve() installs it too
  const host = server.config.server.address;
  if (!server.config.server.headless && process.stdout.isTTY && !process.env.CI) openBrowser(`http://${host === "0.0.0.0" ? "localhost" : host}:${port}`);
  process.stdout.write(`\n  sluice is serving ${args.command === "hello" ? "the demo app" : file}\n  Local URL: http://${host}:${port}\n\n`);
  let watcher: ReturnType<typeof watch> | undefined;
  const settings = args.command === "run" ? watchSettings(process.cwd(), secrets, (values) => server.setSecrets(values), log) : undefined;
  exitOnSignals(async () => {
    await settings?.close();
    await watcher?.close();
    server.shutdown();
    await listening.close();
  });
  if (runOnSave) {
    const dir = dirname(file);
    watcher = watch(dir, {
      ignoreInitial: true,
      ignored: (p: string) => /node_modules|\.git/.test(p),
      awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    watcher.on("all", (_event: string, path: string) => {
      if (![".ts", ".tsx", ".js", ".mjs", ".mts", ".json"].includes(extname(path))) return;
      clearTimeout(timer);
      timer = setTimeout(async () => {
        pages.refresh(); // page modules load afresh; a page added to or removed from pages/ is seen
        server.reload(await loadApp(file));
      }, 30);
    });
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`sluice: ${error.message}\n`);
  process.exit(1);
});
