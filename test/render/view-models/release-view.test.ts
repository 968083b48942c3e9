import { describe, expect, it } from 'vitest';
import { NO_FRONT_MATTER } from '../../../src/content/front-matter/read.js';
import { releaseMeta } from '../../../src/content/release-meta.js';
import type { LoadedRelease } from '../../../src/content/site.js';
import type { BlockView } from '../../../src/render/view-models/block-view.js';
import { releasePage } from '../../../src/render/view-models/release-view.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { ALONE } from '../fixtures/publication.js';

/** The release with its meta read again from its (changed) reading, as loading it would. */
function withMetaOf(loaded: LoadedRelease): LoadedRelease {
  return { ...loaded, meta: releaseMeta(loaded.release, NO_FRONT_MATTER) };
}

function paragraph(block: BlockView | undefined) {
  if (block?.kind !== 'paragraph') throw new Error(`expected a paragraph, got ${block?.kind ?? 'nothing'}`);
  return block;
}

describe('releasePage', () => {
  it('splits the dateline off the lead paragraph and marks its date', () => {
    const lead = paragraph(releasePage(seedLoaded(), ALONE).view.body[0]);
    expect(lead.dateline).toEqual({
      before: 'JAMESTOWN, NY-(BUSINESS WIRE) ',
      date: { iso: '2004-10-13', text: 'October 13, 2004' },
      after: '',
    });
    expect(lead.segments.map((s) => s.text).join('')).toBe(
      ' American Locker Group Incorporated announced that its current contracts with the United States Postal Service (USPS) have been extended through February 28, 2005.',
    );
  });

  it('leaves other paragraphs whole', () => {
    const second = paragraph(releasePage(seedLoaded(), ALONE).view.body[1]);
    expect(second.dateline).toBeNull();
    expect(second.segments.map((s) => s.text).join('')).toMatch(/^On October 8, 2004 the Company/);
  });

  it('puts contact blocks filed above the headline at the top, one line per filed line', () => {
    const { view } = releasePage(seedLoaded(), ALONE);
    expect(view.bottomContacts).toBeNull();
    expect(view.topContacts?.heading).toBe('Contacts');
    expect(view.topContacts?.blocks[0]?.columns).toHaveLength(1);
    const lines = view.topContacts?.blocks[0]?.columns[0]?.map((line) => line.segments.map((s) => s.text).join(''));
    expect(lines).toEqual([
      'For further information contact: Edward F. Ruttenberg',
      'Phone: (412) 422-2377',
      'Fax: (412) 422-2378',
      'Release No: 2004-05',
    ]);
    expect(view.topContacts?.blocks[0]?.columns[0]?.[1]?.segments).toContainEqual({
      kind: 'link', link: 'tel', text: '(412) 422-2377', href: 'tel:+14124222377',
    });
  });

  it('puts contact blocks filed below the headline at the end, between the trailer lines around them', () => {
    const { view } = releasePage(richLoaded(), ALONE);
    expect(view.topContacts).toBeNull();
    expect(view.bottomContacts?.headingId).toBe('contacts-bottom');
    expect(view.trailerBeforeContacts).toEqual([{ kind: 'marker', text: '-more-' }]);
    expect(view.trailerAfterContacts.map((b) => b.kind === 'marker' && b.text)).toEqual([
      'SOURCE Widgets & Gadgets <Holdings> Inc.',
      '###',
    ]);
  });

  it('gives each column of a contact block filed side by side its own address', () => {
    const loaded = richLoaded();
    loaded.release.contactBlocks = [{
      line: 30,
      lines: ['CONTACT: John Smith Jane Doe', '(212) 555-0100 (212) 555-0199'],
      columns: [['CONTACT: John Smith', '(212) 555-0100'], ['Jane Doe', '(212) 555-0199']],
      contacts: [],
    }];
    const columns = releasePage(loaded, ALONE).view.bottomContacts?.blocks[0]?.columns;
    expect(columns?.map((lines) => lines.map((line) => line.segments.map((s) => s.text).join('')))).toEqual([
      ['CONTACT: John Smith', '(212) 555-0100'],
      ['Jane Doe', '(212) 555-0199'],
    ]);
  });

  it('names a second contact section differently, so the two landmarks stay distinct', () => {
    const loaded = richLoaded();
    loaded.release.contactBlocks.unshift({ line: 2, lines: ['Media: Ann Lee'], columns: null, contacts: [] });
    const { view } = releasePage(loaded, ALONE);
    expect([view.topContacts?.heading, view.bottomContacts?.heading]).toEqual(['Contacts', 'More contacts']);
  });

  it('builds the header from the filing, marking the ticker inside the slug line', () => {
    const { header } = releasePage(seedLoaded(), ALONE).view;
    expect(header).toEqual({
      headlineId: 'headline',
      subheadlineId: 'subheadline',
      exhibit: 'Exhibit 99.1',
      banners: ['PRESS RELEASE'],
      slugLine: { before: '(BW) (NY-AMERICAN-LOCKER-GROUP) (', ticker: 'NASDAQ:ALGI', after: ')' },
      headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      headlineFiled: true,
      subheadline: null,
      deskLine: 'BUSINESS EDITOR',
      issued: null,
    });
  });

  it('shows the issued line with its date when the dateline states none', () => {
    const { header, body } = releasePage(richLoaded(), ALONE).view;
    expect(header.issued).toEqual({ before: '', date: { iso: '2005-01-25', text: 'Jan. 25, 2005' }, after: '' });
    expect(paragraph(body[0]).dateline).toEqual({ before: 'ATLANTA -', date: null, after: '' });
  });

  it('marks a headline the filing does not have as a stand-in', () => {
    const loaded = seedLoaded();
    loaded.release.headline = null;
    const { view, meta } = releasePage(withMetaOf(loaded), ALONE);
    expect(view.header.headlineFiled).toBe(false);
    expect(view.header.headline).toBe('American Locker Group Incorporated, October 13, 2004');
    expect(meta.title).toBe('American Locker Group Incorporated, October 13, 2004');
  });

  it('titles the page "Headline | Company", with the site name when the company is unknown, and the headline alone when both are too long', () => {
    const loaded = seedLoaded();
    loaded.meta = { ...loaded.meta, headline: 'Postal contract extended' };
    expect(releasePage(loaded, ALONE).meta.title).toBe('Postal contract extended | American Locker Group Incorporated');
    loaded.release.company = null;
    expect(releasePage(loaded, ALONE).meta.title).toBe('Postal contract extended | Example Newsroom');
    expect(releasePage(seedLoaded(), ALONE).meta.title).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
  });

  it('reads the headline, summary and language for its head from the front matter, and shows the filing as filed', () => {
    const loaded = seedLoaded();
    loaded.meta = { ...loaded.meta, headline: 'Postal contract extended', summary: 'A short summary.', language: 'en-US' };
    const { view, meta } = releasePage(loaded, ALONE);
    expect(view.header.headline).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(meta.title).toBe('Postal contract extended | American Locker Group Incorporated');
    expect(meta.description).toBe('A short summary.');
    expect(meta.language).toBe('en-US');
  });

  it('keeps the markers of every list as filed, and labels each preformatted box', () => {
    const { body } = releasePage(richLoaded(), ALONE).view;
    expect(body[2]).toMatchObject({ kind: 'list', ordered: true, items: [{ marker: '(a)' }, { marker: '(b)' }] });
    expect(body[3]).toMatchObject({ kind: 'list', ordered: false, items: [{ marker: '*' }, { marker: '*' }] });
    expect(body[4]).toEqual({
      kind: 'preformatted',
      label: 'Preformatted text 1',
      text: 'Segment          Q4 2004        Q4 2003        Change\nWidgets          $  600         $  500         20%',
    });
  });

  it('sets headings in the body at level 2 and inside the safe harbor at level 3', () => {
    const loaded = richLoaded();
    loaded.release.safeHarbor?.body.unshift({ type: 'heading', line: 20, text: 'Risks' });
    const { view } = releasePage(loaded, ALONE);
    expect(view.body[1]).toEqual({ kind: 'heading', level: 2, text: 'Highlights' });
    expect(view.safeHarbor?.blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'Risks' });
  });

  it('names an unheaded safe harbor without inventing a visible heading', () => {
    const { safeHarbor } = releasePage(richLoaded(), ALONE).view;
    expect(safeHarbor).toMatchObject({ heading: null, ariaLabel: 'Forward-looking statements' });
  });

  it('describes the page with the lead after its dateline, cut near 160 characters', () => {
    const { meta } = releasePage(seedLoaded(), ALONE);
    expect(meta.description).toBe(
      'American Locker Group Incorporated announced that its current contracts with the United States Postal Service (USPS) have been extended through February 28…',
    );
    expect(meta.description?.length).toBeLessThanOrEqual(160);
    expect(releasePage(richLoaded(), ALONE).meta.description).toBe('Widgets & Gadgets <Holdings> Inc. said today that sales rose.');
  });

  it('falls back to the first paragraph for the description, and to none', () => {
    const loaded = seedLoaded();
    loaded.release.dateline = null;
    expect(releasePage(withMetaOf(loaded), ALONE).meta.description).toMatch(/^JAMESTOWN, NY-\(BUSINESS WIRE\) October 13, 2004 American/);
    loaded.release.body = [];
    expect(releasePage(withMetaOf(loaded), ALONE).meta.description).toBeNull();
  });

  it('links the text as filed and the JSON, and shows the release number', () => {
    const { view, meta } = releasePage(seedLoaded(), ALONE);
    expect(view.footer).toEqual({
      releaseNumber: '2004-05',
      textHref: '/releases/american-locker-2004-05.txt',
      jsonHref: '/releases/american-locker-2004-05.json',
    });
    expect(meta.alternates.map((a) => a.href)).toEqual(['/releases/american-locker-2004-05.json', '/releases/american-locker-2004-05.txt']);
  });
});
