// "sluice/server": build the hono app for one script and hand its fetch to any runtime.
export { createApp, type AppOptions, type SluiceServer } from "./app.ts";
export { resolveConfig, defaults, type Config, type PartialConfig } from "../config.ts";
export { MemorySessionStore, type SessionStore } from "../session/store.ts";
