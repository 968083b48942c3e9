import type { RequestHandler } from 'express';
import type { RenderedSite } from '../render/representation.js';
import { urls } from '../render/urls.js';
import { sendRendered } from './send-rendered.js';

/** Search results are for readers; search engines index the releases themselves. */
const ROBOTS = 'noindex';

/**
 * `/search?q=...&page=...`: a page made for each request, since it depends on the query.
 * A repeated parameter counts by its first value; other parameters are ignored.
 */
export function searchRoute(site: () => RenderedSite): RequestHandler {
  return async (req, res, next) => {
    if (req.path !== urls.search) {
      next();
      return;
    }
    const page = await site().search.page({ q: firstValue(req.query['q']), page: firstValue(req.query['page']) });
    res.setHeader('X-Robots-Tag', ROBOTS);
    await sendRendered(req, res, page);
  };
}

function firstValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}
