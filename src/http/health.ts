import { Router, type Response } from 'express';

/** Where the process is in its life: loading content, serving it, or draining to stop. */
export type ServerState = 'starting' | 'ready' | 'stopping';

export const HEALTH_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz']);

const RETRY_AFTER_S = '5';
const STARTING_BODY = 'Pressroom is starting: the releases are still loading. Try again in a few seconds.\n';

/**
 * `/healthz`: the process answers, so it is alive. `/readyz`: it has loaded the content and is
 * not shutting down, so a load balancer may send it readers. Both are a comparison and a write,
 * and never cached. Until the content has loaded, every other path gets a 503 saying so.
 */
export function healthRoutes(state: () => ServerState): Router {
  const router = Router();
  router.get('/healthz', (req, res) => {
    sendText(req.method, res, 200, 'ok\n');
  });
  router.get('/readyz', (req, res) => {
    const now = state();
    sendText(req.method, res, now === 'ready' ? 200 : 503, `${now}\n`);
  });
  router.use((req, res, next) => {
    if (state() !== 'starting') {
      next();
      return;
    }
    res.setHeader('Retry-After', RETRY_AFTER_S);
    sendText(req.method, res, 503, STARTING_BODY);
  });
  return router;
}

function sendText(method: string, res: Response, status: number, body: string): void {
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.status(status).end(method === 'HEAD' ? undefined : body);
}
