import { describe, expect, it } from 'vitest';
import { releaseJson } from '../../../src/render/json/release-json.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded, seedRelease } from '../../fixtures/seed-release.js';

describe('releaseJson', () => {
  it('publishes the seed in exactly the agreed shape', () => {
    const seed = seedRelease();
    expect(releaseJson(seedLoaded())).toStrictEqual({
      slug: 'american-locker-2004-05',
      headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      subheadline: null,
      date: '2004-10-13',
      company: 'American Locker Group Incorporated',
      ticker: { exchange: 'NASDAQ', symbol: 'ALGI' },
      wire: 'Business Wire',
      dateline: 'JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004',
      releaseNumber: '2004-05',
      contacts: [{ name: 'Edward F. Ruttenberg', organization: null, phone: '(412) 422-2377', fax: '(412) 422-2378', email: null }],
      body: seed.body.map((block) => ({ type: 'paragraph', text: block.type === 'paragraph' ? block.text : '' })),
      safeHarbor: {
        heading: 'Safe Harbor Statement under the Private Securities Litigation Reform Act Of 1995',
        body: [{ type: 'paragraph', text: seed.safeHarbor?.body[0]?.type === 'paragraph' ? seed.safeHarbor.body[0].text : '' }],
      },
      afterSafeHarbor: [],
      source: { file: 'american-locker-2004-05.txt', url: '/releases/american-locker-2004-05.txt' },
    });
  });

  it('puts the preamble first and leaves end markers out of the body', () => {
    const json = releaseJson(richLoaded());
    expect(json.body).toStrictEqual([
      { type: 'paragraph', text: 'News' },
      { type: 'paragraph', text: 'ATLANTA - Widgets & Gadgets <Holdings> Inc. said today that sales rose.' },
      { type: 'heading', text: 'Highlights' },
      { type: 'list', items: ['(a) Revenue of $1.2 billion; see www.example.com/results.', '(b) Margin up 2 points.'] },
      { type: 'list', items: ['New plant in Ohio', 'Hiring <100> people'] },
      {
        type: 'preformatted',
        text: 'Segment          Q4 2004        Q4 2003        Change                                      \nWidgets          $  600         $  500         20%',
      },
    ]);
    expect(json.safeHarbor).toStrictEqual({ heading: null, body: [{ type: 'paragraph', text: 'Certain statements in this release are forward-looking.' }] });
  });

  it('publishes what follows the safe harbor as content of its own, and leaves the wire trailer out', () => {
    const loaded = richLoaded();
    loaded.release.afterSafeHarbor.push({ type: 'paragraph', line: 22, text: 'About Widgets & Gadgets' });
    const json = releaseJson(loaded);
    expect(json.afterSafeHarbor).toStrictEqual([{ type: 'paragraph', text: 'About Widgets & Gadgets' }]);
    expect(JSON.stringify(json)).not.toContain('SOURCE');
  });

  it('gathers the contacts of every block and gives nulls for what the filing lacks', () => {
    const loaded = richLoaded();
    loaded.release.contactBlocks.push({
      line: 26,
      columns: null,
      lines: ['Investors: Sam Poe'],
      contacts: [{ name: 'Sam Poe', organization: null, phone: null, fax: null, email: null }],
    });
    const json = releaseJson(loaded);
    expect(json.contacts.map((c) => c.name)).toEqual(['Jane Roe', 'Sam Poe']);
    expect([json.ticker, json.wire, json.releaseNumber, json.subheadline]).toEqual([null, null, null, 'Sales up 12% on strong demand']);
    expect(json.dateline).toBe('ATLANTA -');
  });

  it('maps the model field by field, publishing nothing it does not name', () => {
    const loaded = seedLoaded();
    Object.assign(loaded.release.contactBlocks[0]?.contacts[0] ?? {}, { internal: 'x' });
    Object.assign(loaded.release, { internal: 'y' });
    const text = JSON.stringify(releaseJson(loaded));
    expect(text).not.toContain('internal');
    expect(text).not.toContain('"line"');
    expect(text).not.toContain('warnings');
  });
});
