/** Pages change when content does: caches may keep them five minutes, and serve them stale while they check. */
export const DEFAULT_PAGE_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/** Rendered and compressed bodies kept in memory by default. */
export const DEFAULT_BODY_CACHE_BYTES = 64 * 1024 * 1024;
