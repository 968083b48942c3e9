import { describe, expect, it } from 'vitest';
import { sourceLines } from '../../../src/release/lines/source-lines.js';
import { contactColumns } from '../../../src/release/sections/contact-columns.js';

const columnsOf = (...lines: string[]) => contactColumns(sourceLines(lines.join('\n')));

describe('contactColumns', () => {
  it('reads people set side by side with spaces, the label staying with the first', () => {
    expect(columnsOf(
      'CONTACT:  John Smith                      Jane Doe',
      '          Acme Corp.                      Doe Communications',
    )).toEqual([['CONTACT: John Smith', 'Acme Corp.'], ['Jane Doe', 'Doe Communications']]);
  });

  it('reads cells copied from an HTML layout table by their order, whatever the tab stops', () => {
    expect(columnsOf(
      'Contact:\tKen Bond\tDeborah Hellinger',
      'Oracle Investor Relations\tOracle Corporate Communications',
      '1.650.607.0349\t1.212.508.7935',
    )).toEqual([
      ['Contact: Ken Bond', 'Oracle Investor Relations', '1.650.607.0349'],
      ['Deborah Hellinger', 'Oracle Corporate Communications', '1.212.508.7935'],
    ]);
  });

  it('reads three columns with a label above each', () => {
    expect(columnsOf(
      'Investor Relations:      Media Relations:        Trade Press:',
      'Ann Lee                  Bo Chan                 Cy Diaz',
      '(212) 555-0101           (212) 555-0102          (212) 555-0103',
    )).toEqual([
      ['Investor Relations:', 'Ann Lee', '(212) 555-0101'],
      ['Media Relations:', 'Bo Chan', '(212) 555-0102'],
      ['Trade Press:', 'Cy Diaz', '(212) 555-0103'],
    ]);
  });

  it('sees no columns in a label with its value hanging under it', () => {
    expect(columnsOf(
      '    For further information contact:  Edward F. Ruttenberg',
      '                                      Phone: (412) 422-2377',
    )).toBeNull();
    expect(columnsOf('Media Contact:    Marc Rice', '                  404-506-5333', '                  media@southerncompany.com')).toBeNull();
    expect(columnsOf('Phone:     (412) 422-2377', 'Fax:       (412) 422-2378')).toBeNull();
    expect(columnsOf('Media Contact:\tTerri Cohilas', '\t404-506-5333', '\tmedia@southerncompany.com', 'Investors: Glen Kundert, 404-506-5135')).toBeNull();
  });

  it('sees no columns where a line runs across the gap of another', () => {
    expect(columnsOf('Jane Doe      Acme', 'John Roe      Beta', 'A line of ordinary text runs across')).toBeNull();
  });
});
