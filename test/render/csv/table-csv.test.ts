import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/render/csv/table-csv.js';
import { incomeStatement, segmentTable } from '../fixtures/table-release.js';

describe('tableCsv', () => {
  it('writes the header rows first, a heading over several columns followed by empty fields, then the rows as filed', () => {
    expect(tableCsv(incomeStatement()).toString('utf8')).toBe(
      [
        ',Three Months Ended,,Year',
        ',2004,2003,2004*',
        'Net revenues,"$11,506","$ 8,851","$44,958"',
        'Operating expenses:,,,',
        '"Selling, general and administrative","2,654",—,"11,284"',
        'Total,"(5,525)","(5,431)","(24,061)"',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes a field with a quotation mark, doubling it, and gives every record the same number of fields', () => {
    const table = segmentTable();
    table.rows = table.rows.map((row) => (row.label === 'Retail' ? { ...row, label: 'Retail "core"' } : row));
    const records = tableCsv(table).toString('utf8').split('\r\n').filter((record) => record !== '');
    expect(records).toEqual([',2004', 'Segment Results,', '"Retail ""core""",12', ',12']);
  });
});
