import type { RequestHandler } from 'express';
import type { RenderedSite } from '../render/representation.js';
import { urls } from '../render/urls.js';
import { LATEST_LIMIT } from '../render/view-models/latest-view.js';
import type { PagePolicy } from './page-policy.js';
import { sendRepresentation } from './send-representation.js';

/**
 * `/embed/latest?limit=N`: the list at that limit, each one rendered once and kept like any
 * page. A limit that is not a whole number within range (or given twice) gets a 400 page that
 * says which are, shown where the widget would have been, rather than a list of another length.
 * Other parameters (a cache buster, tracking) are ignored.
 */
export function latestRoute(site: () => RenderedSite, policy: PagePolicy): RequestHandler {
  return (req, res, next) => {
    if (req.path !== urls.embedLatest) {
      next();
      return;
    }
    const { byLimit, badLimit } = site().latest;
    const queryStart = req.originalUrl.indexOf('?');
    const limits = new URLSearchParams(queryStart === -1 ? '' : req.originalUrl.slice(queryStart + 1)).getAll('limit');
    const limit = limits.length === 0 ? LATEST_LIMIT.default : limits.length === 1 ? limitOf(limits[0]) : Number.NaN;
    const representation = byLimit.get(limit) ?? badLimit;
    policy(res, representation);
    return sendRepresentation(req, res, representation);
  };
}

/** "5" -> 5; anything but plain digits (signs, spaces, decimals, exponents) -> NaN. */
function limitOf(text: string | undefined): number {
  return text !== undefined && /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
}
