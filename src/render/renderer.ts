import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Site } from '../content/site.js';
import type { Release } from '../release/model.js';
import { loadAssets, type Assets } from './assets.js';
import { createBodyCache } from './body-cache.js';
import { loadCardFonts } from './card/card-fonts.js';
import { cardPalette } from './card/card-palette.js';
import { cardThread, type DrawCard } from './card/card-thread.js';
import { DEFAULT_BODY_CACHE_BYTES, DEFAULT_PAGE_CACHE_CONTROL } from './defaults.js';
import { COMPRESSION_CONCURRENCY, compressOffThread, workQueue, type Compress } from './compression.js';
import { releasesJsonWriter } from './json/releases-json.js';
import { memoAcrossRenders, type Memo } from './memo.js';
import { DEFAULT_PUBLICATION, type Publication } from './publication.js';
import { releaseClock } from './release-dates.js';
import { representations, type RenderedSite } from './representation.js';
import { renderSite } from './render-site.js';
import { sitemapWriter } from './sitemap.js';
import { allAtOnce, inSlices, type Steps } from './steps.js';
import { ReleaseIndex } from './search/release-index.js';
import { loadTemplates, type Templates } from './templates.js';
import { timeZone } from './time-zone.js';

/** Pages are declared here and produced when first asked for. */
export interface Renderer {
  /** Every response of `site`, declared now, in one go: at start-up, and for the static export. */
  (site: Site): RenderedSite;
  /**
   * The same responses, declared a few milliseconds at a time with requests answered in between:
   * for a change to a site in service, which keeps serving the previous rendering meanwhile.
   */
  inSteps(site: Site): Promise<RenderedSite>;
}

/** Longest a rendering in steps holds the event loop before letting requests through. */
const RENDER_SLICE_MS = 8;

/** Compressions asked for by requests, waiting for a thread, beyond which new ones are not queued. */
const MAX_WAITING_COMPRESSIONS = 256;

export interface RendererOptions {
  views: string;
  public: string;
  pageCacheControl?: string;
  /** Rendered and compressed bodies kept in memory, at most. */
  bodyCacheBytes?: number;
  /** The public URL and name, time zone and release time; by default those of a server on localhost:3000. */
  publication?: Publication;
  /** Where a release that cannot be rendered is reported. */
  logger?: Logger;
  compress?: Compress;
  /** Draws preview cards; by default on a thread of their own, started when the first is asked for. */
  drawCard?: DrawCard;
  /** The compiled templates; by default those of `views`. */
  templates?: Templates;
  /** Longest a rendering in steps runs before requests are let through; 0 lets them through after every step. */
  renderSliceMs?: number;
}

/**
 * Reads and compiles every template under `views` and reads every file under `public` once,
 * at start-up; the renderer it returns touches no file.
 */
export async function createRenderer(options: RendererOptions): Promise<Renderer> {
  const [templates, assets, templatesModified, fonts] = await Promise.all([
    options.templates ?? loadTemplates(options.views),
    loadAssets(options.public),
    newestModification([options.views, options.public]),
    options.drawCard === undefined ? loadCardFonts() : [],
  ]);
  const drawCard = options.drawCard ?? cardThread({ palette: cardPalette(stylesheet(assets)), fonts });
  const represent = representations({
    cache: createBodyCache(options.bodyCacheBytes ?? DEFAULT_BODY_CACHE_BYTES),
    compress: options.compress ?? compressOffThread,
    queue: workQueue(COMPRESSION_CONCURRENCY),
    maxWaiting: MAX_WAITING_COMPRESSIONS,
  });
  const publication = options.publication ?? DEFAULT_PUBLICATION;
  const zone = timeZone(publication.timeZone);
  const clock = releaseClock(publication, zone);
  const published = new Map([...assets.resources].map(([urlPath, input]) => [urlPath, represent(input)]));
  const reported = new WeakSet<Release>();
  const begin = memoAcrossRenders();
  const searchIndex = new ReleaseIndex();
  const sliceMs = options.renderSliceMs ?? RENDER_SLICE_MS;
  const writeReleasesJson = releasesJsonWriter({ publication, dateOf: (loaded) => clock.dateOf(loaded.meta) });
  const writeSitemap = sitemapWriter(publication);
  const steps = (site: Site, memo: Memo): Steps<RenderedSite> =>
    renderSite(site, {
      templates,
      chrome: assets.chrome,
      assets: published,
      represent,
      memo,
      pageCacheControl: options.pageCacheControl ?? DEFAULT_PAGE_CACHE_CONTROL,
      templatesModified,
      publication,
      clock,
      zone,
      searchIndex,
      drawCard,
      releasesJson: (releases) => inSlices(writeReleasesJson(releases), sliceMs),
      sitemap: (releases, archive) => inSlices(writeSitemap(releases, archive), sliceMs),
      report(loaded, error) {
        if (reported.has(loaded.release)) return;
        reported.add(loaded.release);
        options.logger?.error(
          { file: loaded.file, err: error },
          `${loaded.file}: the release could not be rendered, so it is published as filed, preformatted`,
        );
      },
    });
  const renderer = (site: Site): RenderedSite => {
    const { memo, keep } = begin();
    const rendered = allAtOnce(steps(site, memo));
    keep();
    return rendered;
  };
  renderer.inSteps = async (site: Site): Promise<RenderedSite> => {
    const { memo, keep } = begin();
    const rendered = await inSlices(steps(site, memo), sliceMs);
    keep();
    return rendered;
  };
  return renderer;
}

function stylesheet({ chrome, resources }: Assets): string {
  const body = resources.get(chrome.stylesheetHref)?.body;
  if (!Buffer.isBuffer(body)) throw new Error('the stylesheet was not read');
  return body.toString('utf8');
}

async function newestModification(dirs: readonly string[]): Promise<Date> {
  let newest = 0;
  for (const dir of dirs) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const { mtimeMs } = await stat(path.join(entry.parentPath, entry.name));
      newest = Math.max(newest, mtimeMs);
    }
  }
  return new Date(newest);
}
