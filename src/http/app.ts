import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { TrustProxy } from '../config.js';
import type { RenderedSite } from '../render/representation.js';
import { crossOriginReads } from './cross-origin-reads.js';
import { healthRoutes, type ServerState } from './health.js';
import { pagePolicy } from './page-policy.js';
import { sendRequestId } from './request-id.js';
import { createRoutes } from './routes.js';
import { DEFAULT_SECURITY, securityHeaders, type SecurityOptions } from './security-headers.js';
import { serverError } from './server-error.js';

export interface AppOptions {
  /** The site to answer from, read on every request so that it can be swapped as a whole. */
  site: () => RenderedSite;
  logger: Logger;
  /** Until it is 'ready', only the health checks answer; defaults to always ready. */
  state?: () => ServerState;
  security?: SecurityOptions;
  /** Which proxies' X-Forwarded-For and X-Forwarded-Proto count for `req.ip` and `req.protocol`. */
  trustProxy?: TrustProxy;
}

/** The Express application, not yet listening. */
export function createApp({ site, logger, state = () => 'ready', security = DEFAULT_SECURITY, trustProxy = false }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Each representation carries its own strong ETag; Express's would hash every body again.
  app.set('etag', false);
  app.set('trust proxy', trustProxy);
  app.use(sendRequestId);
  app.use(securityHeaders(security));
  app.use(healthRoutes(state));
  app.use(crossOriginReads(site));
  app.use(createRoutes(site, pagePolicy(security)));
  app.use(serverError(site, logger));
  return app;
}
