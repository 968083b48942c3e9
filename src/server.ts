import type { Logger } from 'pino';
import type { Config } from './config.js';
import { openContentStore } from './content/store.js';
import { createApp } from './http/app.js';
import { createRequestListener } from './http/fast-lane.js';
import { listen } from './http/listen.js';
import { liveRenderedSite } from './live-site.js';
import { createRenderer } from './render/renderer.js';

export interface RunningServer {
  url: string;
  /** Graceful stop: see `Listening.close`; then the content folder is no longer watched. */
  close(): Promise<void>;
}

/** How long requests under way may take to finish once shutdown starts. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Loads the content, renders it, and serves it. When the content changes it is rendered again
 * and swapped in whole; if that rendering fails, the last rendered site stays up.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const store = await openContentStore({
    dir: config.contentDir,
    maxFileBytes: config.maxFileBytes,
    watch: config.watch,
    logger,
  });
  try {
    const render = await createRenderer({
      views: config.viewsDir,
      public: config.publicDir,
      pageCacheControl: config.pageCacheControl,
      bodyCacheBytes: config.bodyCacheBytes,
      logger,
    });
    const site = liveRenderedSite(store, render, logger);
    const app = createApp({ site, logger });
    const listener = createRequestListener({ app, site });
    const listening = await listen(listener, config.port, config.host);
    let closing: Promise<void> | null = null;
    return {
      url: listening.url,
      close() {
        closing ??= listening.close(SHUTDOWN_GRACE_MS).finally(() => store.close());
        return closing;
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
