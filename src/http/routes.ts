import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { RenderedSite } from '../render/representation.js';
import { latestRoute } from './latest-route.js';
import type { PagePolicy } from './page-policy.js';
import { searchRoute } from './search-route.js';
import { sendRepresentation } from './send-representation.js';

const ALLOWED_METHODS = 'GET, HEAD';
/** Where a slash-terminated address went is fixed by the URL scheme, not by content. */
const REDIRECT_CACHE_CONTROL = 'public, max-age=86400';

/**
 * The whole URL space, in order. Every answer is pre-rendered: a path is looked up in the
 * rendered site, never mapped to a file, so nothing else on disk can be reached.
 */
export function createRoutes(site: () => RenderedSite, policy: PagePolicy): Router {
  const router = Router();
  router.use(onlyGetAndHead(site));
  router.use(searchRoute(site));
  router.use(latestRoute(site, policy));
  router.use(publishedResource(site, policy));
  router.use(redirected(site));
  router.use(withoutTrailingSlash(site));
  router.use(notFound(site));
  return router;
}

/** Any method but GET and HEAD, on any path: 405. */
function onlyGetAndHead(site: () => RenderedSite): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next();
      return;
    }
    res.setHeader('Allow', ALLOWED_METHODS);
    return sendRepresentation(req, res, site().methodNotAllowed, 405);
  };
}

function publishedResource(site: () => RenderedSite, policy: PagePolicy): RequestHandler {
  return (req, res, next) => {
    const representation = site().resources.get(req.path);
    if (representation === undefined) {
      next();
      return;
    }
    policy(res, representation);
    return sendRepresentation(req, res, representation);
  };
}

/** An old or alternative address (an old slug, `/releases`, a year without its slash): 301. */
function redirected(site: () => RenderedSite): RequestHandler {
  return (req, res, next) => {
    const redirect = site().redirects.get(req.path);
    if (redirect === undefined) {
      next();
      return;
    }
    movedPermanently(req, res, redirect.location, redirect.cacheControl);
  };
}

/**
 * `/releases/x/` -> 301 to `/releases/x`, but only when that exists, and never to a target
 * starting with `//`, which a browser would read as another host.
 */
function withoutTrailingSlash(site: () => RenderedSite): RequestHandler {
  return (req, res, next) => {
    const target = req.path.slice(0, -1);
    if (!req.path.endsWith('/') || target === '' || target.startsWith('//') || !site().resources.has(target)) {
      next();
      return;
    }
    movedPermanently(req, res, target, REDIRECT_CACHE_CONTROL);
  };
}

/** 301 to `target`, a path on this site, keeping the query string. */
function movedPermanently(req: Request, res: Response, target: string, cacheControl: string): void {
  const queryStart = req.originalUrl.indexOf('?');
  res.setHeader('Cache-Control', cacheControl);
  res.location(queryStart === -1 ? target : target + req.originalUrl.slice(queryStart));
  res.setHeader('Content-Length', 0);
  res.status(301).end();
}

/** A program asking for a `.json` address gets its 404 in JSON; anyone else, the not-found page. */
function notFound(site: () => RenderedSite): RequestHandler {
  return (req, res) => {
    const page = req.path.endsWith('.json') ? site().notFoundJson : site().notFound;
    return sendRepresentation(req, res, page, 404);
  };
}
