import { describe, expect, it } from 'vitest';
import { LEAD, regionsOf, tableOf } from './read.js';

const ROWS = [
  '                                    As of           As of',
  '                                 Jun 30, 2003   June 30, 2002*',
  '    Accounts payable                 $4,170          $4,544',
  '    Accrued liabilities               3,124           2,840',
];

describe('notes under a table', () => {
  it('are the lines opening with a marker the table uses, with the lines indented under them', () => {
    const table = tableOf([LEAD, '', ...ROWS, '', '    * Derived from the June 30, 2002 audited', '      consolidated financial statements']);
    expect(table.notes).toEqual(['* Derived from the June 30, 2002 audited consolidated financial statements']);
    expect(table.endLine).toBe(9);
  });

  it('may come under a "Notes:" heading', () => {
    const table = tableOf([LEAD, '', ...ROWS, '', 'Notes:', '', '(a) Pre-tax restructuring costs', '(b) Tax impact']);
    expect(table.notes).toEqual(['Notes:', '(a) Pre-tax restructuring costs', '(b) Tax impact']);
  });

  it('leave prose, a list and markers the table does not use to the text after the table', () => {
    for (const after of ['Pericom designs and sells interface chips.', '(a) A first point of the list', '- - Certain prior year data has been reclassified.', 'Notes']) {
      const [region] = regionsOf([LEAD, '', ...ROWS, '', after]);
      expect(region?.lines).toEqual([3, 6]);
    }
  });

  it('leave a marked line that titles the next table to that table', () => {
    const regions = regionsOf([
      LEAD,
      '',
      ...ROWS,
      '',
      '    * Domestic detail for June 28, 2003',
      '',
      '                               Retail      Credit',
      '    Merchandise sales          $7,771     $    -',
      '    Credit revenues                 -      1,266',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[3, 6], [8, 12]]);
    expect(regions[1]?.block).toMatchObject({ type: 'table', caption: '* Domestic detail for June 28, 2003' });
  });

  it('stay with their table when a title and another table follow them', () => {
    const regions = regionsOf([
      LEAD,
      '',
      ...ROWS,
      '',
      '    * Derived from audited statements.',
      '',
      '    Segment results:',
      '                               Retail      Credit',
      '    Merchandise sales          $7,771     $    -',
      '    Credit revenues                 -      1,266',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[3, 8], [11, 13]]);
  });
});
