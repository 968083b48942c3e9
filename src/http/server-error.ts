import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import type { RenderedSite } from '../render/representation.js';
import { requestId } from './request-id.js';
import { clearRepresentationHeaders, sendRepresentation } from './send-representation.js';

const LAST_RESORT_BODY = 'Internal Server Error\n';

/**
 * Any exception while answering: logged with the error and the request id, answered with the
 * 500 page and no detail. If the rendered site itself cannot be had, a plain-text 500 still goes out.
 */
export function serverError(site: () => RenderedSite, logger: Logger): ErrorRequestHandler {
  // Express knows an error handler by its four parameters, so `_next` stays though unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  return (error: unknown, req, res, _next) => {
    logger.error({ err: error, method: req.method, url: req.originalUrl, id: requestId(req) }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    clearRepresentationHeaders(res);
    let page;
    try {
      page = site().serverError;
    } catch (siteError) {
      logger.error({ err: siteError }, 'the 500 page is not available');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Length', Buffer.byteLength(LAST_RESORT_BODY));
      res.status(500).end(req.method === 'HEAD' ? undefined : LAST_RESORT_BODY);
      return;
    }
    sendRepresentation(req, res, page, 500)?.catch((pageError: unknown) => {
      logger.error({ err: pageError }, 'the 500 page could not be produced');
      res.destroy();
    });
  };
}
