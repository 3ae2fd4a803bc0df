// All configurable defaults in one place. Loading .sluice/config.toml, the environment and flags is
// src/config-file.ts's (files read by src/adapters/files.ts); the core only takes a merged, partial Config and
// fills the rest from here. Each option's doc comment is also its line in `sluice config show`.
import { resolveTheme } from "./theme/options.ts";

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
    /** At most this many live sessions; when full, the least recently used idle one is evicted (429 if none is idle). Default 10000. */
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
    /** Streams one client address may hold open (many cookie jars, one client); its other tabs poll. Default 100. */
    maxStreamsPerAddress: number;
    /** Milliseconds between polls of a tab over that limit. Default 2000. */
    streamPollMs: number;
    /** Extra origins allowed to post reruns (besides the page's own). Default none. */
    allowedOrigins: string[];
    /** Seconds a new session lives before its tab shows it is alive (a join beacon, a post or a stream). Default 15. */
    unjoinedSessionTtl: number;
    /** Sessions one browser (cookie) may hold; beyond it its least recently used idle session is evicted. Default 100. */
    maxSessionsPerBrowser: number;
    /** Sessions one client address may hold, where the runtime tells it; same eviction. Default 1000. */
    maxSessionsPerAddress: number;
    /** Estimated bytes (trees and event logs) all sessions may hold; beyond it idle sessions are evicted. Default 1 GiB. */
    maxSessionBytes: number;
    /** Host names served when bound to a loopback address, besides localhost, 127.0.0.1 and [::1]. Default none. */
    allowedHosts: string[];
    /** Trust X-Forwarded-Proto / X-Forwarded-For from a reverse proxy (Secure cookies, client address). Default false. */
    trustProxy: boolean;
    /** Bytes a stream may have queued for a client that does not read; past it the stream is closed. Default 1 MiB. */
    maxStreamQueueBytes: number;
    /** Milliseconds one write to a stream may stay pending before the stream is closed. Default 30000. */
    streamWriteTimeoutMs: number;
    /** Bytes of rendered chart SVG (and other async-prepared output) cached per process, across sessions. Default 32 MiB. */
    renderCacheBytes: number;
  };
  runner: {
    /** Seconds a run may take before it is stopped, with a message in place. Default 0 (no limit). */
    maxRunSeconds: number;
    /** Seconds a run goes on after its tab's last contact while no stream or rerun response is open. Default 30 (0: never). */
    tabGoneSeconds: number;
    /** Bytes cacheData's in-memory store may hold (all functions); least recently used entries go first. Default 256 MiB. */
    cacheDataMaxBytes: number;
  };
  client: {
    /** Show exception type, message and stack trace in the app ("full"), or a generic message ("none"). Default "full". */
    showErrorDetails: "full" | "none";
    /** Show the pages/ directory's navigation in the sidebar (false: no menu; st.navigation is unaffected). Default true. */
    showSidebarNavigation: boolean;
  };
  logger: {
    /** Least severe server messages shown: "error", "warning", "info" or "debug". Default "info". */
    level: "error" | "warning" | "info" | "debug";
  };
  /** [theme]: the app's look (docs/theming.md). Every option "" = not set (sluice's own light/dark theme). */
  theme: ThemeConfig;
}

/** The colour and font options a [theme.sidebar] table may also set (colours: CSS hex, rgb(), hsl() or a name). */
export interface ThemeColors {
  /** Buttons, checked controls, sliders, focus ring. Default "" (sluice's red). */
  primaryColor: string;
  /** Page background. Default "". */
  backgroundColor: string;
  /** Fields, code blocks and the sidebar. Default "". */
  secondaryBackgroundColor: string;
  /** Body text. Default "". */
  textColor: string;
  /** "sans-serif", "serif", "monospace" or a CSS font family list. Default "". */
  font: string;
  /** Font of code: "monospace" or a CSS font family list. Default "". */
  codeFont: string;
  /** Borders of fields, buttons and containers. Default "". */
  borderColor: string;
  /** Links (and, when primaryColor is not set, the focus ring). Default "". */
  linkColor: string;
}

export interface ThemeConfig extends ThemeColors {
  /** "light" or "dark": the built-in theme the options change. Default "": follow the OS without a custom theme;
   *  with one, light or dark from its backgroundColor. */
  base: "" | "light" | "dark";
  /** Corner radius: a CSS length ("0.5rem") or "none" | "small" | "medium" | "large" | "full". Default "". */
  baseRadius: string;
  /** [theme.sidebar]: the same colours and fonts for the sidebar only. Default: all "". */
  sidebar: ThemeColors;
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
    maxStreamsPerAddress: 100,
    streamPollMs: 2000,
    allowedOrigins: [],
    unjoinedSessionTtl: 15,
    maxSessionsPerBrowser: 100,
    maxSessionsPerAddress: 1000,
    maxSessionBytes: 1 << 30,
    allowedHosts: [],
    trustProxy: false,
    maxStreamQueueBytes: 1 << 20,
    streamWriteTimeoutMs: 30_000,
    renderCacheBytes: 32 << 20,
  },
  runner: { maxRunSeconds: 0, tabGoneSeconds: 30, cacheDataMaxBytes: 256 << 20 },
  client: { showErrorDetails: "full", showSidebarNavigation: true },
  logger: { level: "info" },
  theme: {
    base: "", primaryColor: "", backgroundColor: "", secondaryBackgroundColor: "", textColor: "", font: "", codeFont: "",
    baseRadius: "", borderColor: "", linkColor: "",
    sidebar: { primaryColor: "", backgroundColor: "", secondaryBackgroundColor: "", textColor: "", font: "", codeFont: "", borderColor: "", linkColor: "" },
  },
};

export type PartialConfig = { [S in keyof Config]?: S extends "theme" ? PartialTheme : Partial<Config[S]> };
/** [theme] as given: any subset, [theme.sidebar] too. */
export type PartialTheme = Partial<Omit<ThemeConfig, "sidebar">> & { sidebar?: Partial<ThemeColors> };

/** Fills a partial config from the defaults. */
export function resolveConfig(partial: PartialConfig = {}): Config {
  return {
    server: { ...defaults.server, ...partial.server },
    runner: { ...defaults.runner, ...partial.runner },
    client: { ...defaults.client, ...partial.client },
    logger: { ...defaults.logger, ...partial.logger },
    theme: resolveTheme(partial.theme),
  };
}
