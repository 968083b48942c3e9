import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedSite } from '../../src/render/representation.js';
import { identityOf, page, resource } from './fixtures/rendered.js';
import { projectRenderer, siteOf } from './fixtures/site.js';
import { incomeStatement, TABLES_SLUG, tablesLoaded } from './fixtures/table-release.js';

describe('a release page with tables', () => {
  let site: RenderedSite;
  let $: CheerioAPI;
  beforeAll(async () => {
    site = (await projectRenderer())(siteOf(tablesLoaded()));
    $ = page(resource(site, `/releases/${TABLES_SLUG}`));
  });

  it('sets each table in its own scroll box, named by its caption', () => {
    const boxes = $('.release-body section.scroll');
    expect(boxes).toHaveLength(2);
    const first = boxes.first();
    expect(first.attr('tabindex')).toBe('0');
    const caption = first.find('table > caption');
    expect(caption.text()).toBe(incomeStatement().caption);
    expect(first.attr('aria-labelledby')).toBe(caption.attr('id'));
    expect(first.attr('aria-label')).toBeUndefined();
    expect($(`#${boxes.eq(1).attr('aria-labelledby') ?? ''}`).text()).toBe('Segment Results');
  });

  it('heads the columns with th scope="col", a heading over several columns spanning them', () => {
    const head = $('table').first().find('thead tr');
    expect(head).toHaveLength(2);
    const spanning = head.first().find('th');
    expect(spanning.map((_, th) => [[$(th).attr('scope'), $(th).attr('colspan'), $(th).text()]]).get()).toEqual([
      ['col', '2', 'Three Months Ended'],
      ['col', undefined, 'Year'],
    ]);
    expect(head.first().children().first().is('td')).toBe(true);
  });

  it('heads each row with its label, th scope="row", and marks levels, rules and totals by class', () => {
    const rows = $('table').first().find('tbody tr');
    expect(rows.map((_, tr) => [[$(tr).children('th').attr('scope'), $(tr).children('th').attr('class'), $(tr).children('th').text()]]).get()).toEqual([
      ['row', 'level-0', 'Net revenues'],
      ['row', 'level-0', 'Operating expenses:'],
      ['row', 'level-1', 'Selling, general and administrative'],
      ['row', 'level-2', 'Total'],
    ]);
    expect(rows.eq(0).children('td').map((_, td) => $(td).text()).get()).toEqual(['$11,506', '$ 8,851', '$44,958']);
    expect(rows.eq(1).attr('class')).toBe('section');
    expect(rows.eq(1).children('td')).toHaveLength(3);
    expect(rows.eq(3).attr('class')).toBe('rule-above-single rule-below-double total');
    expect($('table').eq(1).find('tbody tr').last().children().first().is('td')).toBe(true);
  });

  it('puts the notes after the table, then a link to download it as CSV', () => {
    const block = $('.table-block').first();
    expect(block.children().map((_, child) => child.tagName).get()).toEqual(['section', 'div', 'p']);
    expect(block.find('.table-notes p').text()).toBe('* Restated.');
    const link = block.find('.table-download a');
    expect(link.attr('href')).toBe(`/releases/${TABLES_SLUG}/tables/1.csv`);
    expect(link.attr('download')).toBe(`${TABLES_SLUG}-table-1.csv`);
    // The visible words open the link's name (WCAG 2.5.3); the caption, for screen readers, tells the links apart.
    expect(link.text()).toBe(`Download as CSV: ${incomeStatement().caption ?? ''}`);
    expect(link.find('.visually-hidden').text()).toBe(`: ${incomeStatement().caption ?? ''}`);
  });

  it('serves each table as CSV at the address the page links to', () => {
    for (const [index, href] of $('.table-download a').map((_, a) => $(a).attr('href')).get().entries()) {
      const csv = resource(site, href);
      expect(csv.contentType).toBe('text/csv; charset=utf-8');
      expect(identityOf(csv).toString('utf8').split('\r\n')[0]).toBe(index === 0 ? ',Three Months Ended,,Year' : ',2004');
    }
  });

  it('publishes the tables in the JSON in the agreed shape', () => {
    const json = JSON.parse(identityOf(resource(site, `/releases/${TABLES_SLUG}.json`)).toString('utf8')) as { body: unknown[] };
    expect(json.body[1]).toStrictEqual({
      type: 'table',
      caption: incomeStatement().caption,
      head: [
        [{ text: '', colspan: 1 }, { text: 'Three Months Ended', colspan: 2 }, { text: 'Year', colspan: 1 }],
        [{ text: '', colspan: 1 }, { text: '2004', colspan: 1 }, { text: '2003', colspan: 1 }, { text: '2004*', colspan: 1 }],
      ],
      rows: [
        { label: 'Net revenues', level: 0, cells: [{ text: '$11,506', value: 11506 }, { text: '$ 8,851', value: 8851 }, { text: '$44,958', value: 44958 }] },
        { label: 'Operating expenses:', level: 0, cells: [{ text: '', value: null }, { text: '', value: null }, { text: '', value: null }] },
        { label: 'Selling, general and administrative', level: 1, cells: [{ text: '2,654', value: 2654 }, { text: '—', value: null }, { text: '11,284', value: 11284 }] },
        { label: 'Total', level: 2, cells: [{ text: '(5,525)', value: -5525 }, { text: '(5,431)', value: -5431 }, { text: '(24,061)', value: -24061 }] },
      ],
      notes: ['* Restated.'],
    });
  });
});
