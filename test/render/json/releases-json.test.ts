import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBody } from '../../../src/render/json/json-body.js';
import type { LoadedRelease } from '../../../src/content/site.js';
import { listedJson, releasesJsonWriter } from '../../../src/render/json/releases-json.js';
import { allAtOnce } from '../../../src/render/steps.js';
import { manyReleases, releaseOn } from '../fixtures/many-releases.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { JSON_CONTEXT } from '../fixtures/publication.js';

/** The published body's value: every release, in site order, under `releases`. */
const published = (releases: readonly LoadedRelease[]): { releases: unknown[] } => ({ releases: releases.map((loaded) => listedJson(loaded, JSON_CONTEXT)) });

describe('listedJson', () => {
  it('lists every release in site order in exactly the agreed shape', () => {
    expect(published([seedLoaded(), richLoaded()])).toStrictEqual({
      releases: [
        {
          slug: 'american-locker-2004-05',
          headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
          date: '2004-10-13',
          company: 'American Locker Group Incorporated',
          url: '/releases/american-locker-2004-05',
          canonical: 'https://ir.example.com/news/releases/american-locker-2004-05',
          source: { file: 'american-locker-2004-05.txt' },
        },
        {
          slug: 'widgets-2005-q4',
          headline: 'Widgets & Gadgets <Holdings> posts "record" year',
          date: '2005-01-25',
          company: 'Widgets & Gadgets <Holdings> Inc.',
          url: '/releases/widgets-2005-q4',
          canonical: 'https://ir.example.com/news/releases/widgets-2005-q4',
          source: { file: 'widgets-2005-q4.txt' },
        },
      ],
    });
  });

  it('lists the headline and date the front matter sets, and a canonical URL elsewhere', () => {
    const loaded = seedLoaded();
    loaded.meta = { ...loaded.meta, headline: 'Postal contract extended', date: null, canonical: 'https://investors.example.org/q4' };
    expect(listedJson(loaded, JSON_CONTEXT)).toMatchObject({
      headline: 'Postal contract extended',
      date: null,
      canonical: 'https://investors.example.org/q4',
      url: '/releases/american-locker-2004-05',
    });
  });
});

describe('jsonBody', () => {
  it('writes two-space indented JSON with a final newline', () => {
    expect(jsonBody({ a: [1] }).toString('utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});

describe('releasesJsonWriter', () => {
  it('writes the bytes of the published JSON, with and without releases, and again after an edit', () => {
    const write = releasesJsonWriter(JSON_CONTEXT);
    const body = (releases: readonly LoadedRelease[]): string => allAtOnce(write(releases)).toString('utf8');
    const releases = [seedLoaded(), richLoaded(), ...manyReleases(3)];
    expect(body([])).toBe(jsonBody(published([])).toString('utf8'));
    expect(body(releases)).toBe(jsonBody(published(releases)).toString('utf8'));
    const [first, ...rest] = releases;
    if (first === undefined) throw new Error('no release');
    const edited = [...rest.slice(0, 2), { ...first, slug: 'renamed-"quoted"' }, ...rest.slice(2)];
    expect(body(edited)).toBe(jsonBody(published(edited)).toString('utf8'));
  });

  it('writes the same bytes over more releases than one step copies, before and after an edit', () => {
    const write = releasesJsonWriter(JSON_CONTEXT);
    const text = (releases: readonly LoadedRelease[]): string => allAtOnce(write(releases)).toString('utf8');
    const releases = manyReleases(1001);
    expect(text(releases)).toBe(jsonBody(published(releases)).toString('utf8'));
    const edited = releases.map((loaded, index) => (index === 700 ? { ...loaded, slug: 'edited' } : loaded)).slice(1);
    expect(text(edited)).toBe(jsonBody(published(edited)).toString('utf8'));
  });

  it('writes the published JSON for any slugs, and again after any of them are renamed', () => {
    const slugs = fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 40 });
    fc.assert(
      fc.property(slugs, fc.array(fc.nat()), fc.string({ unit: 'grapheme' }), (names, renamed, newName) => {
        const write = releasesJsonWriter(JSON_CONTEXT);
        const releases = names.map((name) => releaseOn(name, null));
        const text = (listed: readonly LoadedRelease[]): string => allAtOnce(write(listed)).toString('utf8');
        expect(text(releases)).toBe(jsonBody(published(releases)).toString('utf8'));
        const edited = releases.map((loaded, index) => (renamed.includes(index) ? { ...loaded, slug: newName } : loaded));
        expect(text(edited)).toBe(jsonBody(published(edited)).toString('utf8'));
      }),
    );
  });
});
