import { describe, expect, it } from 'vitest';
import { releaseRedirects } from '../../src/render/redirects.js';
import type { Representation } from '../../src/render/representation.js';

const PAGE_CACHE = 'public, max-age=300';
/** Only the addresses matter to the redirects, not what is answered there. */
const ANSWER = {} as Representation;

function resourcesAt(...paths: string[]): Map<string, Representation> {
  return new Map(paths.map((path) => [path, ANSWER]));
}

describe('releaseRedirects', () => {
  it('sends every address of a release under an old slug, its tables too, to the same address under the current one', () => {
    const resources = resourcesAt('/', '/releases/q4', '/releases/q4.txt', '/releases/q4.json', '/releases/q4/tables/1.csv', '/releases/q4/tables/2.csv', '/releases/other');
    const redirects = releaseRedirects({ resources, archive: [], moved: new Map([['q4-old', 'q4']]), pageCacheControl: PAGE_CACHE });
    const moved = [...redirects].filter(([from]) => from.startsWith('/releases/q4-old'));
    expect(moved).toEqual(['', '.txt', '.json', '/tables/1.csv', '/tables/2.csv'].map((suffix) =>
      [`/releases/q4-old${suffix}`, { location: `/releases/q4${suffix}`, cacheControl: PAGE_CACHE }]));
  });

  it('never takes an address that answers itself, and sends a year without its slash to its archive', () => {
    const resources = resourcesAt('/', '/releases/2004/', '/releases/2004', '/releases/2005/');
    const redirects = releaseRedirects({ resources, archive: ['2005', '2004'], moved: new Map(), pageCacheControl: PAGE_CACHE });
    expect(redirects.get('/releases/2005')).toEqual({ location: '/releases/2005/', cacheControl: PAGE_CACHE });
    expect(redirects.has('/releases/2004')).toBe(false);
    expect([...redirects.keys()].sort()).toEqual(['/page/1', '/releases', '/releases/', '/releases/2005']);
  });
});
