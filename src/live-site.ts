import type { Logger } from 'pino';
import type { ContentStore } from './content/store.js';
import type { Renderer } from './render/renderer.js';
import type { RenderedSite } from './render/representation.js';

/**
 * Renders the store's site now and again whenever it changes, and gives the latest rendering.
 * A rendering that fails leaves the previous one in service. The first one must succeed: there
 * is nothing to serve without it.
 */
export function liveRenderedSite(store: ContentStore, render: Renderer, logger: Logger): () => RenderedSite {
  let rendered = render(store.current());
  store.subscribe((site) => {
    try {
      rendered = render(site);
      logger.info({ releases: site.releases.length }, 'content changed: site rendered again');
    } catch (error) {
      logger.error({ err: error }, 'could not render the changed content; still serving the last rendered site');
    }
  });
  return () => rendered;
}
