import type { Site } from '../content/site.js';
import { loadAssets } from './assets.js';
import type { RenderedSite } from './representation.js';
import { reuseAcrossRenders } from './representation-reuse.js';
import { renderSite } from './render-site.js';
import { loadTemplates } from './templates.js';

/** Pure and synchronous: everything the content determines is rendered and compressed here. */
export type Renderer = (site: Site) => RenderedSite;

/**
 * Reads and compiles every template under `dirs.views` and reads every file under
 * `dirs.public` once, at start-up; the renderer it returns touches no file.
 */
export async function createRenderer(dirs: { views: string; public: string }): Promise<Renderer> {
  const [templates, assets] = await Promise.all([loadTemplates(dirs.views), loadAssets(dirs.public)]);
  const render = reuseAcrossRenders();
  return (site) => render((represent) => renderSite(site, { templates, assets, represent }));
}
