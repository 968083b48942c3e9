import fc from 'fast-check';
import XMLBuilder from 'fast-xml-builder';
import { describe, expect, it } from 'vitest';
import type { LoadedRelease } from '../../src/content/site.js';
import { archiveOf, type Archive } from '../../src/render/archive.js';
import { absoluteUrl, type Publication } from '../../src/render/publication.js';
import { sitemapWriter } from '../../src/render/sitemap.js';
import { allAtOnce } from '../../src/render/steps.js';
import { urls } from '../../src/render/urls.js';
import { manyReleases } from './fixtures/many-releases.js';
import { dateOf, PUBLICATION } from './fixtures/publication.js';

/** The sitemap as an XML builder writes it from the same URLs: what the writer must give, byte for byte. */
function builtSitemap(releases: readonly LoadedRelease[], archive: Archive, publication: Publication): string {
  const lastmod = (listed: readonly LoadedRelease[]): { lastmod?: string } => {
    const newest = Math.max(...listed.map(({ modified }) => modified.getTime()));
    return Number.isFinite(newest) ? { lastmod: new Date(newest).toISOString() } : {};
  };
  const list = (path: string, listed: readonly LoadedRelease[]): object => ({ loc: absoluteUrl(publication, path), ...lastmod(listed) });
  const url = [
    ...archive.pages.map((page, index) => list(urls.indexPage(index + 1), page)),
    ...archive.groups.map((group) => list(urls.archive(group.key), group.releases)),
    ...releases.flatMap((loaded) => {
      const loc = absoluteUrl(publication, urls.release(loaded.slug));
      return loaded.meta.canonical !== null && loaded.meta.canonical !== loc ? [] : [{ loc, lastmod: loaded.modified.toISOString() }];
    }),
  ];
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true });
  return builder.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, urlset: { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url } });
}

const text = (write: ReturnType<typeof sitemapWriter>, releases: readonly LoadedRelease[]): string =>
  allAtOnce(write(releases, archiveOf(releases, dateOf))).toString('utf8');

describe('sitemapWriter', () => {
  it('writes every list and release page, modified when its newest file was', () => {
    const releases = manyReleases(2);
    expect(text(sitemapWriter(PUBLICATION), releases)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url>\n    <loc>https://ir.example.com/news/</loc>\n    <lastmod>2024-12-20T12:00:00.000Z</lastmod>\n  </url>\n' +
        '  <url>\n    <loc>https://ir.example.com/news/releases/2024/</loc>\n    <lastmod>2024-12-20T12:00:00.000Z</lastmod>\n  </url>\n' +
        '  <url>\n    <loc>https://ir.example.com/news/releases/release-1</loc>\n    <lastmod>2024-12-20T12:00:00.000Z</lastmod>\n  </url>\n' +
        '  <url>\n    <loc>https://ir.example.com/news/releases/release-2</loc>\n    <lastmod>2024-11-20T12:00:00.000Z</lastmod>\n  </url>\n' +
        '</urlset>\n',
    );
  });

  it('writes what an XML builder writes, for any slugs, homes and site URL, and again after edits', () => {
    const release = fc.record({
      slug: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
      elsewhere: fc.boolean(),
      modified: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
    });
    const site = fc.string({ unit: 'grapheme', maxLength: 10 }).map((path) => `https://ir.example.com/${path}`);
    fc.assert(
      fc.property(site, fc.array(release, { maxLength: 60 }), fc.array(fc.nat()), (siteUrl, shapes, edited) => {
        const publication = { ...PUBLICATION, siteUrl };
        const write = sitemapWriter(publication);
        const releases = manyReleases(shapes.length).flatMap((loaded, index): LoadedRelease[] => {
          const shape = shapes[index];
          if (shape === undefined) return [];
          const canonical = shape.elsewhere ? 'https://elsewhere.example/' : null;
          return [{ ...loaded, slug: shape.slug, modified: shape.modified, meta: { ...loaded.meta, canonical } }];
        });
        const archive = (listed: readonly LoadedRelease[]): Archive => archiveOf(listed, dateOf);
        expect(text(write, releases)).toBe(builtSitemap(releases, archive(releases), publication));
        const after = releases.map((loaded, index) => (edited.includes(index) ? { ...loaded, slug: `${loaded.slug}-edited` } : loaded));
        expect(text(write, after)).toBe(builtSitemap(after, archive(after), publication));
      }),
    );
  });

  it('writes the same bytes over more releases than one step copies', () => {
    const releases = manyReleases(1500, { daysApart: 1 });
    expect(text(sitemapWriter(PUBLICATION), releases)).toBe(builtSitemap(releases, archiveOf(releases, dateOf), PUBLICATION));
  });
});
