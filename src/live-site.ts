import type { Logger } from 'pino';
import type { ContentStore } from './content/store.js';
import type { Site } from './content/site.js';
import type { Renderer } from './render/renderer.js';
import type { RenderedSite } from './render/representation.js';

/** The latest rendering, and when the renderings asked for so far are done. */
export interface LiveSite {
  (): RenderedSite;
  /** Resolves once every site handed over until now has been rendered (or failed to be). */
  settled(): Promise<void>;
}

/**
 * Renders the store's site now and again whenever it changes, and gives the latest rendering.
 * Every rendering, the first one too, runs in steps, requests answered in between (at ten
 * thousand releases a rendering takes a few hundred milliseconds). A change is rendered while
 * the previous rendering stays in service, then swapped in with one assignment: a request sees
 * the old site or the new one, never part of each. Changes that come during a rendering are
 * rendered next, the latest one only. A rendering that fails leaves the previous one in
 * service. The first one must succeed: there is nothing to serve without it.
 */
export async function liveRenderedSite(store: ContentStore, render: Renderer, logger: Logger): Promise<LiveSite> {
  let waiting: Site | null = null;
  let rendering: Promise<void> = Promise.resolve();
  // The first rendering is under way: changes that come meanwhile wait for it.
  let busy = true;

  const renderWaiting = async (): Promise<void> => {
    // Not within the store's handing over of the site: that is a step of its own already.
    await new Promise((resolve) => setImmediate(resolve));
    for (let site = waiting; site !== null; site = waiting) {
      waiting = null;
      try {
        rendered = await render.inSteps(site);
        logger.info({ releases: site.releases.length }, 'content changed: site rendered again');
      } catch (error) {
        logger.error({ err: error }, 'could not render the changed content; still serving the last rendered site');
      }
    }
    busy = false;
  };

  const unsubscribe = store.subscribe((site) => {
    waiting = site;
    if (busy) return;
    busy = true;
    rendering = renderWaiting();
  });
  let rendered: RenderedSite;
  try {
    rendered = await render.inSteps(store.current());
  } catch (error) {
    unsubscribe();
    throw error;
  }
  rendering = renderWaiting();
  const live = (): RenderedSite => rendered;
  live.settled = (): Promise<void> => rendering;
  return live;
}
