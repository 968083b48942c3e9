import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstUnfaithfulLine } from '../../src/release/fidelity.js';
import { sourceLines } from '../../src/release/lines/source-lines.js';
import type { Block, Release } from '../../src/release/model.js';
import { parseRelease } from '../../src/release/parse.js';

/** Releases written the way each wire and filer lays them out, for shapes the corpus lacks. */
const FILES = [
  'globenewswire.txt', 'marketwired.txt', 'accesswire.txt', 'canada-newswire.txt', 'bw-slug-1996.txt', 'prn-trailer.txt',
  'letterhead-logo.txt', 'three-column-contacts.txt', 'immediate-contact-one-line.txt', 'html-no-blanks.txt', 'dash-dateline.txt', 'lists.txt',
];

function read(name: string): { release: Release; text: string } {
  const text = readFileSync(new URL(`../fixtures/releases/wires/${name}`, import.meta.url), 'utf8');
  return { release: parseRelease(text, name), text };
}

const types = (blocks: readonly Block[]): string[] => blocks.map((b) => b.type);
const people = (release: Release) => release.contactBlocks.flatMap((b) => b.contacts);
const names = (release: Release): (string | null)[] => people(release).map((c) => c.name);

describe('releases as each wire lays them out', () => {
  it.each(FILES)('%s is read faithfully, without falling back', (name) => {
    const { release, text } = read(name);
    expect(firstUnfaithfulLine(sourceLines(text), release)).toBeNull();
    expect(release.warnings.map((w) => w.code)).toEqual([]);
  });

  it('reads a GlobeNewswire release: dateline, subheadline, bullets, safe harbor, contact at the end', () => {
    const { release } = read('globenewswire.txt');
    expect(release).toMatchObject({
      headline: { text: 'Northwind Therapeutics Reports Third Quarter 2021 Financial Results and Provides Corporate Update' },
      subheadline: { text: 'Phase 2 enrollment completed ahead of schedule; cash runway extended into 2024' },
      dateline: { text: 'BOSTON, Nov. 09, 2021 (GLOBE NEWSWIRE) --', city: 'BOSTON' },
      date: '2021-11-09',
      wire: 'GlobeNewswire',
      ticker: { exchange: 'Nasdaq', symbol: 'NWTX' },
      safeHarbor: { heading: 'Forward-Looking Statements' },
    });
    expect(release.body[3]).toMatchObject({ type: 'list', items: [{ marker: '•' }, { marker: '•' }, { marker: '•' }] });
    expect(people(release)).toEqual([
      { name: 'Jane Whitfield', organization: 'Northwind Therapeutics, Inc.', phone: '(617) 555-0142', fax: null, email: 'ir@northwindtx.com' },
    ]);
  });

  it('reads a Marketwired dateline, the wire and the date in one pair of parentheses, and two tickers', () => {
    const { release } = read('marketwired.txt');
    expect(release).toMatchObject({
      dateline: { text: 'TORONTO, ONTARIO--(Marketwired - March 4, 2014) -', dateText: 'March 4, 2014' },
      date: '2014-03-04',
      wire: 'Marketwire',
      ticker: { exchange: 'TSX', symbol: 'MLG' },
      safeHarbor: { heading: 'Cautionary Note Regarding Forward-Looking Information' },
    });
    expect(names(release)).toEqual(['Robert Tremblay']);
  });

  it('reads an ACCESSWIRE dateline set off by slashes', () => {
    const { release } = read('accesswire.txt');
    expect(release).toMatchObject({
      dateline: { text: 'DENVER, CO / ACCESSWIRE / June 15, 2020 /', city: 'DENVER' },
      date: '2020-06-15',
      wire: 'ACCESSWIRE',
      ticker: { exchange: 'OTCQB', symbol: 'AHYD' },
      safeHarbor: { heading: 'Safe Harbor Statement' },
    });
    expect(names(release)).toEqual(['Maria Lopez']);
  });

  it('reads a Canada NewsWire release with its contacts after SOURCE, one person per role label', () => {
    const { release } = read('canada-newswire.txt');
    expect(release).toMatchObject({ date: '2015-05-05', wire: 'Canada NewsWire', ticker: { exchange: 'TSX', symbol: 'LRL' } });
    expect(people(release)).toEqual([
      { name: 'Claire Dubois', organization: null, phone: '(514) 555-0199', fax: null, email: 'media@laurentianrail.example' },
      { name: 'Paul Martin', organization: null, phone: '(514) 555-0188', fax: null, email: 'investors@laurentianrail.example' },
    ]);
  });

  it('reads an old Business Wire release: desk line, slug line, headline wrapped under it', () => {
    const { release } = read('bw-slug-1996.txt');
    expect(release).toMatchObject({
      exhibit: { text: 'EXHIBIT 99.1' },
      deskLine: { text: 'BUSINESS EDITORS/HIGH-TECH WRITERS' },
      slugLine: { text: '(BW)(CA-ORCHARD-SYSTEMS)(ORCH)' },
      headline: { text: 'Orchard Systems reports record fiscal third-quarter results; revenue up 42 percent' },
      date: '1996-01-22',
      wire: 'Business Wire',
    });
    expect(names(release)).toEqual(expect.arrayContaining(['David Lee', 'Karen Miles']));
  });

  it('reads a PR Newswire release: the year from the -0- stamp, the /CONTACT: entry, the trailer', () => {
    const { release } = read('prn-trailer.txt');
    expect(release).toMatchObject({ date: '1998-04-18', wire: 'PR Newswire', ticker: { exchange: 'NYSE', symbol: 'SUB' } });
    expect(people(release)).toEqual([
      { name: 'William J. Healy', organization: 'Summit Bancorp', phone: '609-987-3442', fax: null, email: null },
      { name: 'Robert Miller', organization: 'Summit Bancorp', phone: '609-987-3200', fax: null, email: null },
    ]);
    expect(types(release.body)).toEqual(['paragraph', 'paragraph']);
    expect(release.trailer.every((b) => b.type === 'marker')).toBe(true);
  });

  it('keeps a letterhead with a logo placeholder and a rule above the labels, never as the headline', () => {
    const { release } = read('letterhead-logo.txt');
    expect(release).toMatchObject({
      banners: [{ text: 'FOR IMMEDIATE RELEASE' }],
      headline: { text: 'ACME INDUSTRIAL ANNOUNCES RECORD FOURTH QUARTER AND FULL YEAR EARNINGS' },
      subheadline: { text: 'Fourth quarter earnings per share rise 24 percent to $.62' },
      date: '1998-02-12',
      ticker: { exchange: 'AMEX', symbol: 'AIC' },
    });
    expect(JSON.stringify(release.preamble)).toContain('[COMPANY NAME LOGO]');
    expect(names(release)).toEqual(['Thomas J. Baker']);
  });

  it('reads three people side by side, a label above each column', () => {
    const { release } = read('three-column-contacts.txt');
    expect(release.headline?.text).toBe('DELTA SYSTEMS TO ACQUIRE NETWORK SOFTWARE MAKER CORVUS');
    expect(release.contactBlocks[0]?.columns).toHaveLength(3);
    expect(people(release).map((c) => [c.name, c.organization, c.phone])).toEqual([
      ['Susan Grant', 'Delta Systems, Inc.', '(214) 555-0110'],
      ['Michael Chen', 'Delta Systems, Inc.', '(214) 555-0120'],
      ['Laura Fields', 'Fields & Associates', '(212) 555-0130'],
    ]);
    expect(types(release.body)).toEqual(['paragraph', 'paragraph']);
  });

  it('reads FOR IMMEDIATE RELEASE and Contact: on one line, and a name with accents', () => {
    const { release } = read('immediate-contact-one-line.txt');
    expect(release).toMatchObject({
      banners: [{ text: 'FOR IMMEDIATE RELEASE' }],
      headline: { text: 'GRUPO ANDINO REPORTS SECOND QUARTER 2003 RESULTS' },
      date: '2003-07-24',
    });
    expect(people(release)).toEqual([
      { name: 'José Núñez', organization: null, phone: '+52 55 5555 0199', fax: null, email: 'jnunez@grupoandino.example' },
    ]);
  });

  it('reads a release copied from HTML with no blank lines: contacts in tab columns, a two-line headline, a ... dateline, the safe harbor after ###', () => {
    const { release } = read('html-no-blanks.txt');
    expect(release).toMatchObject({
      headline: { text: 'HELIOS ENERGY COMPLETES SALE OF GULF COAST PIPELINE ASSETS' },
      subheadline: { text: 'Transaction reduces net debt by $1.1 billion' },
      dateline: { text: 'HOUSTON, Jan. 8, 2019 ...' },
      date: '2019-01-08',
      safeHarbor: { heading: '"Safe Harbor" Statement:' },
    });
    expect(release.contactBlocks[0]?.columns).toHaveLength(2);
    expect(names(release)).toEqual(['Priya Raman', 'Daniel Ortiz']);
    expect(types(release.body)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list', 'heading', 'paragraph']);
  });

  it('reads a dateline ended by " - " and a contact entry that the end marker closes', () => {
    const { release } = read('dash-dateline.txt');
    expect(release).toMatchObject({
      dateline: { text: 'SAN DIEGO - April 2, 2018 -' },
      date: '2018-04-02',
      safeHarbor: { heading: 'Forward-Looking Statements' },
    });
    expect(people(release)).toEqual([{ name: 'Greg Wilson', organization: null, phone: '(858) 555-0104', fax: null, email: 'gwilson@cobaltlabs.example' }]);
  });

  it('reads lists in every filed style, each introduced by a sentence ending in a colon', () => {
    const { release } = read('lists.txt');
    const lists = release.body.flatMap((b) => (b.type === 'list' ? [{ ordered: b.ordered, markers: b.items.map((i) => i.marker) }] : []));
    expect(lists).toEqual([
      { ordered: false, markers: ['--', '--', '--'] },
      { ordered: false, markers: ['*', '*'] },
      { ordered: false, markers: ['-', '-'] },
      { ordered: false, markers: ['o', 'o'] },
      { ordered: true, markers: ['(a)', '(b)'] },
      { ordered: true, markers: ['1.', '2.'] },
    ]);
    expect(release.body.filter((b) => b.type === 'heading')).toEqual([]);
    expect(release.safeHarbor?.heading).toBe('Safe Harbor:');
  });
});
