import { describe, expect, it } from 'vitest';
import { jsonBody } from '../../../src/render/json/json-body.js';
import { releasesJson } from '../../../src/render/json/releases-json.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { siteOf } from '../fixtures/site.js';

describe('releasesJson', () => {
  it('lists every release in site order in exactly the agreed shape', () => {
    expect(releasesJson(siteOf(seedLoaded(), richLoaded()))).toStrictEqual({
      releases: [
        {
          slug: 'american-locker-2004-05',
          headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
          date: '2004-10-13',
          url: '/releases/american-locker-2004-05',
          source: { file: 'american-locker-2004-05.txt' },
        },
        {
          slug: 'widgets-2005-q4',
          headline: 'Widgets & Gadgets <Holdings> posts "record" year',
          date: '2005-01-25',
          url: '/releases/widgets-2005-q4',
          source: { file: 'widgets-2005-q4.txt' },
        },
      ],
    });
  });
});

describe('jsonBody', () => {
  it('writes two-space indented JSON with a final newline', () => {
    expect(jsonBody({ a: [1] }).toString('utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
