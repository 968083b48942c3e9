import type { Redirect, RenderedSite, Representation } from '../../src/render/representation.js';
import { testRepresent } from '../render/fixtures/production.js';

const represent = testRepresent();

/** A representation built the way the renderer builds them, with the given body. */
export function representation(
  body: string,
  { status = 200, contentType = 'text/html; charset=utf-8', cacheControl = 'no-cache', lastModified = null as Date | null } = {},
): Representation {
  return represent({ status, contentType, cacheControl, lastModified, body: Buffer.from(body) });
}

export const LAST_MODIFIED = new Date('2004-10-13T16:05:00Z');

export const home = representation('<!doctype html><title>Press releases</title><h1>Press releases</h1>'.repeat(20));
export const releasePage = representation('<!doctype html><title>Postal contract extension</title>', { lastModified: LAST_MODIFIED });
export const releaseJson = representation('{"headline":"Postal contract extension"}', {
  contentType: 'application/json; charset=utf-8',
});

export function renderedSite(resources: Record<string, Representation> = {}, redirects: Record<string, Redirect> = {}): RenderedSite {
  return {
    resources: new Map(
      Object.entries({
        '/': home,
        '/releases/2004-10-13-american-locker-group-postal-contract-extension': releasePage,
        '/releases/2004-10-13-american-locker-group-postal-contract-extension.json': releaseJson,
        ...resources,
      }),
    ),
    redirects: new Map(Object.entries(redirects)),
    notFound: representation('<!doctype html><title>Not found</title>', { status: 404, cacheControl: 'no-store' }),
    notFoundJson: representation('{"error":{"status":404}}', { status: 404, cacheControl: 'no-store', contentType: 'application/json; charset=utf-8' }),
    methodNotAllowed: representation('<!doctype html><title>Method not allowed</title>', {
      status: 405,
      cacheControl: 'no-store',
    }),
    serverError: representation('<!doctype html><title>Something went wrong</title>', {
      status: 500,
      cacheControl: 'no-store',
    }),
    search: {
      page: () => Promise.resolve({
        status: 200,
        cacheControl: 'public, max-age=60',
        contentType: 'text/html; charset=utf-8',
        body: Buffer.from('<!doctype html><title>Search</title><h1>Search</h1>'),
      }),
    },
    latest: { byLimit: new Map(), badLimit: representation('<!doctype html><title>Bad request</title>', { status: 400 }) },
  };
}

/** The site with every body of every representation produced, as a site is once it has been read. */
export async function warmed(site: RenderedSite): Promise<RenderedSite> {
  await Promise.all([...site.resources.values(), site.notFound, site.notFoundJson, site.methodNotAllowed, site.serverError].map((r) => r.complete()));
  return site;
}

/** A body that is at hand now: the identity body, or a compressed one already produced. */
export function bodyOf(representation: Representation, encoding: 'identity' | 'br' | 'gzip' = 'identity'): Buffer {
  const body = representation.body(encoding);
  if (body === undefined) throw new Error(`no ${encoding} body at hand`);
  return body;
}

export function tagOf(representation: Representation): string {
  const etag = representation.etag();
  if (etag === undefined) throw new Error('the body was never produced');
  return etag;
}
