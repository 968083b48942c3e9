import express, { type Express } from 'express';
import { sendRequestId } from './request-id.js';
import type { SecurityOptions } from './security-headers.js';
import { securityHeaders } from './security-headers.js';

/** Where plain HTTP went is fixed by the deployment, not by content: a day is a fair cache. */
const REDIRECT_CACHE_CONTROL = 'public, max-age=86400';
/** A DNS name or IPv4 address, or a bracketed IPv6 address, with an optional port. */
const HOST = /^(?:(?<name>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?)|(?<ipv6>\[[0-9a-f:.]+\]))(?::\d{1,5})?$/i;

/**
 * The plain HTTP side of a server that serves HTTPS itself: every GET and HEAD gets a 301 to
 * the same path and query over HTTPS, with the same security headers as every other answer.
 * The host is the one the client asked for, but only when the Host header is a well-formed
 * host name or address (else 400): a forged Host can only send its own sender elsewhere, and
 * nothing else (an X-Forwarded-Host, a userinfo, a path) ever gets into the target.
 */
export function createHttpsRedirectApp(httpsPort: () => number, security: SecurityOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(sendRequestId);
  app.use(securityHeaders(security));
  app.use((req, res) => {
    const host = HOST.exec(req.headers.host ?? '')?.groups;
    const name = host?.['ipv6'] ?? host?.['name'];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      plain(res, 405, 'Only GET and HEAD are redirected to HTTPS.\n');
      return;
    }
    if (name === undefined) {
      plain(res, 400, 'A valid Host header is needed to redirect to HTTPS.\n');
      return;
    }
    const port = httpsPort();
    // Only an origin-form target (a path) is kept; anything else starts again at the home page.
    const target = req.originalUrl.startsWith('/') ? req.originalUrl : '/';
    res.setHeader('Cache-Control', REDIRECT_CACHE_CONTROL);
    res.setHeader('Location', `https://${name.toLowerCase()}${port === 443 ? '' : `:${port}`}${target}`);
    res.setHeader('Content-Length', 0);
    res.status(301).end();
  });
  return app;
}

function plain(res: express.Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.status(status).end(res.req.method === 'HEAD' ? undefined : body);
}
