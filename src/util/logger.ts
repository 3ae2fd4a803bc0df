// The server's own messages by severity (logger.level: error < warning < info < debug): one small logger per app,
// writing through console (looked up at each call, so tests can capture it). Web-standard.

export type LogLevel = "error" | "warning" | "info" | "debug";

export const LOG_LEVELS: readonly LogLevel[] = ["error", "warning", "info", "debug"];

export interface Logger {
  readonly level: LogLevel;
  error(message: string, ...detail: unknown[]): void;
  warning(message: string, ...detail: unknown[]): void;
  info(message: string, ...detail: unknown[]): void;
  debug(message: string, ...detail: unknown[]): void;
}

/** A logger that shows messages at `level` and more severe ones, each as "sluice: …" (errors and warnings on stderr). */
export function createLogger(level: LogLevel = "info"): Logger {
  const rank = LOG_LEVELS.includes(level) ? LOG_LEVELS.indexOf(level) : 2; // an unknown level: info
  const at = (l: LogLevel, write: (...a: unknown[]) => void, prefix: string) => (message: string, ...detail: unknown[]) => {
    if (LOG_LEVELS.indexOf(l) <= rank) write(`sluice: ${prefix}${message}`, ...detail);
  };
  return {
    level,
    error: at("error", (...a) => console.error(...a), ""),
    warning: at("warning", (...a) => console.error(...a), "warning: "),
    info: at("info", (...a) => console.log(...a), ""),
    debug: at("debug", (...a) => console.log(...a), "debug: "),
  };
}
