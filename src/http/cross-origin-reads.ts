import type { RequestHandler } from 'express';
import type { RenderedSite } from '../render/representation.js';

/**
 * Data and feeds, which an investor-relations site may fetch from its visitors' browsers, and
 * preview cards, which it may show: the JSON of the site and of each release, the feeds, and
 * `/releases/<slug>/card.png`.
 */
const READ_FROM_ANYWHERE = [/\.json$/, /^\/(?:feed\.xml|atom\.xml)$/, /^\/releases\/[^/]+\/card\.png$/];

/**
 * `Access-Control-Allow-Origin: *` and `Cross-Origin-Resource-Policy: cross-origin` on what
 * other sites may read (helmet's `same-origin` stays on everything else, pages included). They
 * read it without credentials: the site sets no cookies and keeps nothing private. A path the
 * site does not hold gets the not-found page as every other does, as a static export serves it.
 */
export function crossOriginReads(site: () => RenderedSite): RequestHandler {
  return (req, res, next) => {
    if (READ_FROM_ANYWHERE.some((pattern) => pattern.test(req.path)) && site().resources.has(req.path)) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    }
    next();
  };
}
