import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstUnfaithfulLine } from '../../src/release/fidelity.js';
import { sourceLines } from '../../src/release/lines/source-lines.js';
import type { Block, Release } from '../../src/release/model.js';
import { parseRelease } from '../../src/release/parse.js';

/** Releases laid out the ways wire services and filers lay them out. */
function read(name: string): { release: Release; text: string } {
  const text = readFileSync(new URL(`../fixtures/releases/${name}`, import.meta.url), 'utf8');
  return { release: parseRelease(text, name), text };
}

const types = (blocks: readonly Block[]): string[] => blocks.map((b) => b.type);
const names = (release: Release): (string | null)[] => release.contactBlocks.flatMap((b) => b.contacts.map((c) => c.name));

describe('releases in the many shapes filings take', () => {
  it.each(['prn-unwrapped.txt', 'bw-modern.txt', 'edgar-table.txt', 'no-headline.txt', 'memo-header.txt', 'unwrapped-no-blanks.txt', 'side-by-side-contacts.txt', 'letterhead.txt'])(
    '%s is read faithfully, without falling back',
    (name) => {
      const { release, text } = read(name);
      expect(firstUnfaithfulLine(sourceLines(text), release)).toBeNull();
      expect(release.warnings.map((w) => w.code)).not.toContain('read-as-filed');
    },
  );

  it('reads a PR Newswire release with one paragraph per line', () => {
    const { release } = read('prn-unwrapped.txt');
    expect(release).toMatchObject({
      headline: { text: 'Acme Widgets Reports Record Third Quarter Results' },
      subheadline: { text: 'Revenue up 18% to $412 million; company raises full-year outlook' },
      dateline: { text: 'NEW YORK, Oct. 25 /PRNewswire-FirstCall/ --', dateText: 'Oct. 25' },
      date: '2005-10-25',
      wire: 'PR Newswire',
      ticker: { exchange: 'NYSE', symbol: 'ACW' },
      company: 'Acme Widgets, Inc.',
      safeHarbor: { heading: 'Forward-Looking Statements' },
    });
    expect(types(release.body)).toEqual(['paragraph', 'heading', 'list', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(release.body[2]).toMatchObject({ ordered: false, items: [{ marker: '-' }, { marker: '-' }, { marker: '-' }] });
    expect(release.contactBlocks[0]?.contacts).toEqual([
      { name: 'John Doe', organization: null, phone: '+1-212-555-0187', fax: null, email: 'jdoe@acmewidgets.example' },
    ]);
    expect(release.trailer.map((b) => b.type === 'marker' && b.text)).toEqual([
      'SOURCE Acme Widgets, Inc.',
      '-0-                              10/25/2005',
      '/Web site: http://www.acmewidgets.example/',
    ]);
  });

  it('reads a Business Wire release with bullets, a table and a contacts section', () => {
    const { release } = read('bw-modern.txt');
    expect(release).toMatchObject({
      headline: { text: 'Brightline Reports Fourth Quarter and Fiscal Year 2020 Financial Results' },
      dateline: { text: 'SAN FRANCISCO--(BUSINESS WIRE)--Feb. 2, 2021--', city: 'SAN FRANCISCO' },
      date: '2021-02-02',
      wire: 'Business Wire',
      ticker: { exchange: 'Nasdaq', symbol: 'BRTL' },
    });
    expect(types(release.body)).toEqual(['paragraph', 'paragraph', 'heading', 'list', 'table', 'heading', 'paragraph']);
    expect(release.body[4]).toMatchObject({
      type: 'table',
      head: [
        [{ text: '', colspan: 1 }, { text: 'Three Months Ended', colspan: 2 }, { text: 'Year Ended', colspan: 2 }],
        [{ text: '', colspan: 1 }, { text: 'December 31,', colspan: 2 }, { text: 'December 31,', colspan: 2 }],
        [{ text: '', colspan: 1 }, { text: '2020', colspan: 1 }, { text: '2019', colspan: 1 }, { text: '2020', colspan: 1 }, { text: '2019', colspan: 1 }],
      ],
      rows: [
        { label: 'Revenue', cells: [{ text: '$ 88.1', value: 88.1 }, { text: '$ 67.3', value: 67.3 }, { text: '$ 312.6', value: 312.6 }, { text: '$ 244.9', value: 244.9 }] },
        { label: 'Gross margin', cells: [{ text: '71%', value: 71 }, { text: '69%', value: 69 }, { text: '70%', value: 70 }, { text: '68%', value: 68 }] },
      ],
    });
    expect(names(release)).toEqual(['Sam Chen', 'Priya Raman']);
  });

  it('reads an EDGAR filing with page furniture, a continuation marker and a tagged table', () => {
    const { release } = read('edgar-table.txt');
    expect(release).toMatchObject({
      exhibit: { text: 'EXHIBIT 99.1' },
      banners: [{ text: 'NEWS RELEASE' }, { text: 'FOR IMMEDIATE RELEASE' }],
      headline: { text: 'NORTHERN PLAINS ENERGY ANNOUNCES FIRST QUARTER EARNINGS' },
      date: '1998-04-28',
      ticker: { exchange: 'NYSE', symbol: 'NPE' },
    });
    expect(types(release.body)).toEqual(['paragraph', 'paragraph', 'marker', 'paragraph', 'table', 'paragraph']);
    expect(release.body[4]).toMatchObject({
      type: 'table',
      line: 26,
      endLine: 32,
      head: [[{ text: '' }, { text: 'Three Months Ended March 31,', colspan: 2 }], [{ text: '' }, { text: '1998' }, { text: '1997' }]],
      rows: [
        { label: 'Operating revenues (000s)', cells: [{ text: '$ 188,412', value: 188412 }, { text: '$ 171,055', value: 171055 }] },
        { label: 'Net income (000s)', cells: [{ text: '$ 14,218', value: 14218 }, { text: '$ 12,941', value: 12941 }] },
        { label: 'Earnings per share', cells: [{ text: '$ .52', value: 0.52 }, { text: '$ .47', value: 0.47 }] },
      ],
    });
    expect(names(release)).toEqual(['Linda M. Hart']);
    expect(release.trailer).toEqual([{ type: 'marker', line: 38, text: '# # #' }]);
  });

  it('publishes a release without a headline, with a warning', () => {
    const { release } = read('no-headline.txt');
    expect(release.headline).toBeNull();
    expect(release.date).toBe('2008-06-03');
    expect(release.warnings).toEqual([{ line: 1, code: 'no-headline', reason: 'no headline found' }]);
    expect(types(release.body)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads a memo-style header: banner, date line, contact, centred two-line headline', () => {
    const { release } = read('memo-header.txt');
    expect(release).toMatchObject({
      banners: [{ text: 'FOR IMMEDIATE RELEASE' }],
      issued: { line: 2, text: 'Date: March 3, 2010', dateText: 'March 3, 2010' },
      headline: { line: 8, text: 'LAKELAND BANCORP COMPLETES ACQUISITION OF RIVERSIDE SAVINGS BANK' },
      dateline: { text: 'MINNEAPOLIS --', dateText: null },
      date: '2010-03-03',
      company: 'Lakeland Bancorp, Inc.',
      safeHarbor: { heading: 'Cautionary Note Regarding Forward-Looking Statements' },
    });
    expect(release.contactBlocks[0]?.contacts).toEqual([
      { name: 'Karen Wu', organization: null, phone: '(612) 555-0199', fax: null, email: 'kwu@lakeland.example' },
    ]);
  });

  it('reads text copied with one paragraph per line and no blank lines', () => {
    const { release } = read('unwrapped-no-blanks.txt');
    expect(release).toMatchObject({
      headline: { text: 'Harbor Foods Names Elena Petrova Chief Financial Officer' },
      date: '2015-05-12',
      company: 'Harbor Foods Corporation',
    });
    expect(types(release.body)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(release.contactBlocks[0]?.contacts).toEqual([
      { name: 'Laura Kim', organization: null, phone: '207-555-0166', fax: null, email: 'lkim@harborfoods.example' },
    ]);
  });

  it('reads the people of a contact block filed side by side, column by column', () => {
    const { release } = read('side-by-side-contacts.txt');
    expect(release).toMatchObject({ exhibit: { text: 'EXHIBIT 99' }, headline: { text: 'PINECREST INDUSTRIES REPORTS RECORD FISCAL 1997 SALES' }, date: '1997-07-22' });
    const [block] = release.contactBlocks;
    expect(block?.lines[0]).toBe('CONTACT: Thomas R. Welch Ellen Marsh');
    expect(block?.columns).toEqual([
      ['CONTACT: Thomas R. Welch', 'Chief Financial Officer', 'Pinecrest Industries, Inc.', '(616) 555-0133'],
      ['Ellen Marsh', 'Marsh Financial Relations', '(312) 555-0147'],
    ]);
    expect(block?.contacts).toEqual([
      { name: 'Thomas R. Welch', organization: 'Pinecrest Industries, Inc.', phone: '(616) 555-0133', fax: null, email: null },
      { name: 'Ellen Marsh', organization: 'Marsh Financial Relations', phone: '(312) 555-0147', fax: null, email: null },
    ]);
  });

  it('keeps a letterhead above the labels as preamble, and splits a banner from the contact beside it', () => {
    const { release } = read('letterhead.txt');
    expect(release.preamble).toEqual([
      { type: 'preformatted', line: 1, text: 'MIDWEST TOOL & DIE CORPORATION\n    1400 Industrial Parkway\n     Peoria, Illinois 61602' },
    ]);
    expect(release.banners).toEqual([{ line: 5, text: 'NEWS RELEASE' }, { line: 7, text: 'FOR IMMEDIATE RELEASE' }]);
    expect(release.headline).toEqual({ line: 10, text: 'MIDWEST TOOL & DIE ANNOUNCES SECOND QUARTER DIVIDEND' });
    expect(release.subheadline).toBeNull();
    expect(release.contactBlocks).toEqual([{
      line: 7,
      lines: ['Contact: Gary L. Hansen', '(309) 555-0171'],
      columns: null,
      contacts: [{ name: 'Gary L. Hansen', organization: null, phone: '(309) 555-0171', fax: null, email: null }],
    }]);
  });

  it('takes the block just before labels that follow it for the headline', () => {
    const text = 'ACME SIGNS SUPPLY AGREEMENT\n\nFOR IMMEDIATE RELEASE\n\nNEW YORK, March 3, 2010 -- Acme Corp. today signed an agreement.\n';
    expect(parseRelease(text, 'after.txt')).toMatchObject({ headline: { line: 1, text: 'ACME SIGNS SUPPLY AGREEMENT' }, banners: [{ line: 3 }] });
  });

  it('never takes a date in the body for the release date', () => {
    const text = 'Acme Signs Supply Agreement\n\nAcme Corp. said on March 3, 2010 that it had signed a supply agreement with Beta Inc.\n';
    expect(parseRelease(text, 'undated.txt')).toMatchObject({ date: null, warnings: [{ code: 'no-date', reason: 'no release date stated' }] });
  });

  it('takes the year of a dateline without one from the same day written in full, and never guesses', () => {
    const dated = 'Acme Results\n\nNEW YORK, Jan. 25 /PRNewswire/ -- Acme Corp. today reported results.\n\n-0-  01/25/2005\n';
    expect(parseRelease(dated, 'a.txt').date).toBe('2005-01-25');
    const undated = 'Acme Results\n\nNEW YORK, Jan. 25 /PRNewswire/ -- Acme Corp. today reported results for 2004.\n';
    expect(parseRelease(undated, 'b.txt')).toMatchObject({ date: null, warnings: [{ line: 3, code: 'date-without-year', reason: expect.stringMatching(/no year/) as unknown }] });
  });
});
