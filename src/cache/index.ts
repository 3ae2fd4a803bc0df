// The caching API (Streamlit's st.cache_data / st.cache_resource) and the seams an app or host plugs stores into.
export { cacheData, type CacheDataOptions } from "./data.ts";
export { cacheResource, type CacheResourceOptions } from "./resource.ts";
export type { Cached, CacheOptions, CacheStats } from "./define.ts";
export type { HashFuncs } from "./hash-args.ts";
export { createCacheHost, processCacheHost, bindCacheHost, type CacheHost, type CacheHostOptions } from "./host.ts";
export { MemoryCacheStore, type CacheStore, type SetOptions, type StoreStats } from "./store.ts";
