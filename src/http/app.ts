import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { RenderedSite } from '../render/representation.js';
import { createRoutes } from './routes.js';
import { securityHeaders } from './security-headers.js';
import { serverError } from './server-error.js';

export interface AppOptions {
  /** The site to answer from, read on every request so that it can be swapped as a whole. */
  site: () => RenderedSite;
  logger: Logger;
}

/** The Express application, not yet listening. */
export function createApp({ site, logger }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Each representation carries its own strong ETag; Express's would hash every body again.
  app.set('etag', false);
  app.use(securityHeaders());
  app.use(createRoutes(site));
  app.use(serverError(site, logger));
  return app;
}
