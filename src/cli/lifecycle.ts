// How `sluice run` ends: SIGINT (Ctrl-C) and SIGTERM close the server and exit, and a server started by npx / npm
// exits when that parent goes away (npm forwards SIGTERM only to its `sh -c`, which dies and orphans node).
import { readFileSync } from "node:fs";

/** sluice's own version, from its package.json. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** Calls `stop` once on SIGINT / SIGTERM (or when the npm parent is gone), then exits; a second signal exits at once. */
export function exitOnSignals(stop: () => Promise<void>, o: { graceMs?: number } = {}): void {
  let stopping = false;
  const end = (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`\n  sluice: ${signal}, stopping.\n`);
    const force = setTimeout(() => process.exit(0), o.graceMs ?? 2000);
    force.unref();
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => end("SIGINT"));
  process.on("SIGTERM", () => end("SIGTERM"));
  process.on("SIGHUP", () => end("SIGHUP"));
  // Started through npm (npx sluice …, npm start): npm runs us under `sh -c`; when npm is killed the shell dies too
  // and we are re-parented. Polling the parent id is the portable way to notice (no prctl from JavaScript).
  if (process.env.npm_command || process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent) end("parent process gone");
    }, 500);
    watch.unref();
  }
}
