import { describe, expect, it } from 'vitest';
import { LEAD, rowText, tableOf } from './read.js';

describe('body rows', () => {
  const table = tableOf([
    LEAD,
    '',
    '                                  2003     2002',
    '    Net revenues                 $11,506  $12,967',
    '    Operating expenses:',
    '       Research and development    2,871    2,958',
    '       Selling, general and',
    '        administrative             2,654    2,949',
    '       Restructuring charge          ---    1,431',
    '                                  ------   ------',
    '            Total                  5,525    5,907',
    '    Shares used in computing',
    '     basic and diluted loss',
    '     per share                    25,705   25,530',
    '                                  ======   ======',
  ]);

  it('join a label wrapped over several lines to the row that carries its figures', () => {
    expect(rowText(table)).toEqual([
      ['Net revenues', '$11,506', '$12,967'],
      ['Operating expenses:', '', ''],
      ['Research and development', '2,871', '2,958'],
      ['Selling, general and administrative', '2,654', '2,949'],
      ['Restructuring charge', '---', '1,431'],
      ['Total', '5,525', '5,907'],
      ['Shares used in computing basic and diluted loss per share', '25,705', '25,530'],
    ]);
    expect(table.rows[3]?.line).toBe(7);
  });

  it('set the levels by indentation, and the rules and totals', () => {
    expect(table.rows.map((row) => row.level)).toEqual([0, 0, 1, 1, 1, 2, 0]);
    expect(table.rows[5]).toMatchObject({ ruleAbove: 'single', total: true });
    expect(table.rows[6]).toMatchObject({ ruleAbove: null, ruleBelow: 'double' });
  });

  it('state the numbers of the cells: nil for a dash', () => {
    expect(table.rows[0]?.cells.map((cell) => cell.value)).toEqual([11506, 12967]);
    expect(table.rows[4]?.cells.map((cell) => cell.value)).toEqual([null, 1431]);
  });
});

describe('rows filed in the other common ways', () => {
  const table = tableOf([
    LEAD,
    '',
    '                                     1997            1996',
    '                                 ------------    ------------',
    'Revenues.......................  $ 12,345,678    $ 10,234,567',
    'Net income (loss) per share....  $      (0.05)   $       0.10',
    '                                 ============    ============',
    'Weighted average shares........     2,345,678       2,234,567',
    'Income before cumulative effect of     1,234       5,678',
    '  accounting change',
  ]);

  it('drop dot leaders, and set a double rule under the row above it, which is no total for it', () => {
    expect(rowText(table).slice(0, 3)).toEqual([
      ['Revenues', '$ 12,345,678', '$ 10,234,567'],
      ['Net income (loss) per share', '$ (0.05)', '$ 0.10'],
      ['Weighted average shares', '2,345,678', '2,234,567'],
    ]);
    expect(table.rows[1]).toMatchObject({ ruleBelow: 'double', total: false });
    expect(table.rows[2]).toMatchObject({ ruleAbove: null, total: false });
  });

  it('join a label wrapped under the row that carries its figures', () => {
    expect(rowText(table)[3]).toEqual(['Income before cumulative effect of accounting change', '1,234', '5,678']);
  });
});
