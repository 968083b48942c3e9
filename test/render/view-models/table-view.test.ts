import { describe, expect, it } from 'vitest';
import { tableView, type TablePlace } from '../../../src/render/view-models/table-view.js';
import { incomeStatement, segmentTable } from '../fixtures/table-release.js';

const place = (number: number, fields: Partial<TablePlace> = {}): TablePlace => ({
  number,
  csvHref: `/releases/acme/tables/${String(number)}.csv`,
  csvFile: `acme-table-${String(number)}.csv`,
  titleIds: null,
  follows: false,
  ...fields,
});

describe('tableView', () => {
  it('names the scroll box by the caption and marks spanning headings, levels, rules and totals', () => {
    const view = tableView(incomeStatement(), place(1));
    expect(view).toMatchObject({ caption: incomeStatement().caption, captionId: 'table-1-caption', labelledBy: 'table-1-caption', csvHref: '/releases/acme/tables/1.csv' });
    expect(view.head[0]).toEqual([
      { text: '', colspan: null, spanning: false },
      { text: 'Three Months Ended', colspan: 2, spanning: true },
      { text: 'Year', colspan: null, spanning: false },
    ]);
    expect(view.rows.map((row) => [row.labelClass, row.rowClass, row.cells])).toEqual([
      ['level-0', '', ['$11,506', '$ 8,851', '$44,958']],
      ['level-0', 'section', ['', '', '']],
      ['level-1', '', ['2,654', '—', '11,284']],
      ['level-2', 'rule-above-single rule-below-double total', ['(5,525)', '(5,431)', '(24,061)']],
    ]);
    expect(view.notes).toEqual(['* Restated.']);
  });

  it('names a table without a caption by the label that titles its rows, else by its number', () => {
    const titled = tableView(segmentTable(), place(2));
    expect(titled).toMatchObject({ caption: null, labelledBy: 'table-2-title', label: 'Segment Results' });
    expect(titled.rows[0]?.labelId).toBe('table-2-title');
    const untitled = segmentTable();
    untitled.rows = untitled.rows.slice(1);
    expect(tableView(untitled, place(3))).toMatchObject({ labelledBy: null, label: 'Table 3' });
  });

  it('names a table that opens an exhibit of tables by the release title, and the next ones with their first label', () => {
    expect(tableView(segmentTable(), place(1, { titleIds: ['headline', 'subheadline'] })).labelledBy).toBe('headline subheadline');
    const next = segmentTable();
    next.rows = next.rows.slice(1);
    expect(tableView(next, place(2, { titleIds: ['headline'], follows: true })).labelledBy).toBe('headline table-2-title');
  });
});
