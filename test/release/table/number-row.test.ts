import { describe, expect, it } from 'vitest';
import { numberRowFigures } from '../../../src/release/table/number-row.js';

describe('numberRowFigures, the rows of numbers the page must keep whole', () => {
  it('finds figures standing in columns at the end of a line', () => {
    expect(numberRowFigures('    Net revenues                 $11,506  $11,492  $12,967')).toEqual(['$11,506', '$11,492', '$12,967']);
    expect(numberRowFigures('Loss from operations   (2,046) (10,571)')).toEqual(['(2,046)', '(10,571)']);
    expect(numberRowFigures('                                  2003     2003     2002')).toEqual(['2003', '2003', '2002']);
  });

  it('finds them in cells copied from an HTML table, a "$" or a marker in a cell of its own', () => {
    expect(numberRowFigures('Net sales\t$ 2,014\t$ 1,545')).toEqual(['$ 2,014', '$ 1,545']);
    expect(numberRowFigures('Provision for income taxes\t24\t2\t(b)\t26')).toEqual(['24', '2', '26']);
    expect(numberRowFigures('Net sales\t$\t2,014\t$\t1,545')).toEqual(['2,014', '1,545']);
  });

  it('leaves prose, phone numbers and single figures alone', () => {
    expect(numberRowFigures('net revenues were $11,506,000, up slightly from $11,492,000 in the')).toBeNull();
    expect(numberRowFigures('rose from 1,200 to 1,500')).toBeNull();
    expect(numberRowFigures('Phone: +44 20 7946 0958')).toBeNull();
    expect(numberRowFigures('pages 10 - 12 of the report')).toBeNull();
    expect(numberRowFigures('    Restructuring charge (Note 2)        1,431')).toBeNull();
    expect(numberRowFigures('1.650.607.0349\t1.212.508.7935')).toBeNull();
  });
});
