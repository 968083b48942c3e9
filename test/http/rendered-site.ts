import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { RenderedSite, Representation } from '../../src/render/representation.js';

/** A representation built by hand, the way the renderer builds them: compressed once, tagged. */
export function representation(
  body: string,
  { status = 200, contentType = 'text/html; charset=utf-8', cacheControl = 'no-cache' } = {},
): Representation {
  const identity = Buffer.from(body);
  return {
    status,
    contentType,
    cacheControl,
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
    identity,
    gzip: gzipSync(identity),
    br: brotliCompressSync(identity),
  };
}

export const home = representation('<!doctype html><title>Press releases</title><h1>Press releases</h1>'.repeat(20));
export const releasePage = representation('<!doctype html><title>Postal contract extension</title>');
export const releaseJson = representation('{"headline":"Postal contract extension"}', {
  contentType: 'application/json; charset=utf-8',
});

export function renderedSite(resources: Record<string, Representation> = {}): RenderedSite {
  return {
    resources: new Map(
      Object.entries({
        '/': home,
        '/releases/2004-10-13-american-locker-group-postal-contract-extension': releasePage,
        '/releases/2004-10-13-american-locker-group-postal-contract-extension.json': releaseJson,
        ...resources,
      }),
    ),
    notFound: representation('<!doctype html><title>Not found</title>', { status: 404, cacheControl: 'no-store' }),
    methodNotAllowed: representation('<!doctype html><title>Method not allowed</title>', {
      status: 405,
      cacheControl: 'no-store',
    }),
    serverError: representation('<!doctype html><title>Something went wrong</title>', {
      status: 500,
      cacheControl: 'no-store',
    }),
  };
}
