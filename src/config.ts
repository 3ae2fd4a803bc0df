// All configurable defaults in one place. Loading from .sluice/config.toml and the environment is src/cli's job;
// the core only takes a merged, partial Config and fills the rest from here.

export interface Config {
  server: {
    /** Port to listen on. Default 8501. */
    port: number;
    /** Address to bind. Default "localhost". */
    address: string;
    /** Do not open a browser on start. Default false. */
    headless: boolean;
    /** Rerun the app in every open tab when its source changes. Default true for `sluice run`. */
    runOnSave: boolean;
    /** Seconds a session lives after its last request or open stream. Default 3600. */
    sessionTtl: number;
    /** Largest accepted rerun body, in bytes. Default 1 MiB. */
    maxBodyBytes: number;
    /** Events kept per session for `Last-Event-ID` replay. Default 256. */
    eventLogSize: number;
    /** At most this many live sessions; new ones get a 503. Default 10000. */
    maxSessions: number;
    /** Milliseconds the first page waits for the run before sending what it has. Default 150. */
    firstPaintMs: number;
    /** Milliseconds a rerun response waits to answer a quick run in one piece before it streams. Default 20. */
    rerunBufferMs: number;
    /** Seconds between heartbeats on an open stream. Default 15. */
    heartbeatSeconds: number;
    /** Compress the page, rerun answers and streams (gzip / brotli by Accept-Encoding). Default true; turn off behind a compressing proxy. */
    enableCompression: boolean;
    /** Streams one browser may hold open at once; its other tabs poll (HTTP/1.1 allows 6 connections per host). Default 3. */
    maxStreamsPerBrowser: number;
    /** Milliseconds between polls of a tab over that limit. Default 2000. */
    streamPollMs: number;
    /** Extra origins allowed to post reruns (besides the page's own). Default none. */
    allowedOrigins: string[];
  };
  client: {
    /** Show exception type, message and stack trace in the app ("full"), or a generic message ("none"). Default "full". */
    showErrorDetails: "full" | "none";
  };
}

export const defaults: Config = {
  server: {
    port: 8501,
    address: "localhost",
    headless: false,
    runOnSave: false,
    sessionTtl: 3600,
    maxBodyBytes: 1 << 20,
    eventLogSize: 256,
    maxSessions: 10_000,
    firstPaintMs: 150,
    rerunBufferMs: 20,
    heartbeatSeconds: 15,
    enableCompression: true,
    maxStreamsPerBrowser: 3,
    streamPollMs: 2000,
    allowedOrigins: [],
  },
  client: { showErrorDetails: "full" },
};

export type PartialConfig = { [S in keyof Config]?: Partial<Config[S]> };

/** Fills a partial config from the defaults. */
export function resolveConfig(partial: PartialConfig = {}): Config {
  return {
    server: { ...defaults.server, ...partial.server },
    client: { ...defaults.client, ...partial.client },
  };
}
