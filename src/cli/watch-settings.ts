// While `sluice run` serves: an edited .sluice/secrets.toml is read again (the next run sees it); an edited
// .sluice/config.toml is reported, since server options only take effect on a restart.
import { watch } from "chokidar";
import { sluiceFiles } from "../adapters/files.ts";
import type { Logger } from "../util/logger.ts";
import type { CliSecrets } from "./secrets.ts";

/** Watches the config and secrets files (home and project, also ones not created yet); returns the watcher to close. */
export function watchSettings(dir: string, secrets: CliSecrets, apply: (values: Record<string, unknown>) => void, log: Logger, home?: string) {
  const secretFiles = sluiceFiles("secrets.toml", dir, home);
  const configFiles = sluiceFiles("config.toml", dir, home);
  const watcher = watch([...secretFiles, ...configFiles], { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  watcher.on("all", (_event: string, path: string) => {
    if (secretFiles.includes(path)) {
      try {
        apply(secrets.load());
        log.info(`${path} changed: secrets reloaded (the next run reads them)`);
      } catch (error) {
        log.warning(`${path} changed but could not be read; the app keeps the secrets it had: ${(error as Error).message}`);
      }
    } else if (configFiles.includes(path)) {
      log.warning(`${path} changed: restart sluice for server options to take effect`);
    }
  });
  return watcher;
}
