import { describe, expect, it } from 'vitest';
import { headText, LEAD, tableOf } from './read.js';

describe('header lines', () => {
  it('span the columns a heading stands over, and keep one-space headings over their own columns apart', () => {
    const table = tableOf([
      LEAD,
      '',
      '                                                             Twelve Months',
      '                                    Three Months Ended           Ended',
      '                                 Jun 30,  Mar 31,  Jun 30,  Jun 30,  Jun 30,',
      '                                  2003     2003     2002     2003     2002',
      '    Net revenues                 $11,506  $11,492  $12,967  $44,958  $47,589',
      '    Cost of revenues               8,027    8,028    8,294   31,468   33,871',
      '    Loss from operations          (2,046)  (1,967)  (1,234) (10,571)  (9,723)',
      '    Net loss                       $(370)   $(631)   $(694) $(4,327) $(5,267)',
    ]);
    expect(headText(table)).toEqual([
      ['', '', '', '', 'Twelve Months [2]'],
      ['', 'Three Months Ended [3]', 'Ended [2]'],
      ['', 'Jun 30,', 'Mar 31,', 'Jun 30,', 'Jun 30,', 'Jun 30,'],
      ['', '2003', '2003', '2002', '2003', '2002'],
    ]);
  });

  it('span two columns set far apart when centred over them, though they reach neither edge of the second', () => {
    const table = tableOf([
      LEAD,
      '',
      '                            Three Months Ended',
      '                                1995            1994',
      'Revenue and',
      ' revenue                           0               0',
      'Revenue                $  (1,000,000)',
      'Revenue and',
      ' revenue                           0               0',
    ]);
    expect(headText(table)).toEqual([['', 'Three Months Ended [2]'], ['', '1995', '1994']]);
  });

  it('keep a year over its own column though the rule under it reaches toward the next', () => {
    const table = tableOf([
      LEAD,
      '',
      '                        1995         1994',
      '                     -------  -----------',
      'Revenue and',
      ' revenue                   0            0',
      'Revenue                    0            -',
    ]);
    expect(headText(table)).toEqual([['', '1995', '1994']]);
  });

  it('reach as far as the rule under them', () => {
    const table = tableOf([
      LEAD,
      '',
      '                              3 Months Ended           12 Months Ended',
      '                           ---------------------   -----------------------',
      '                             2006        2005        2006          2005',
      '   Retail Business         $  128      $   90      $ 1,292      $ 1,251',
      '   Competitive Generation      71          62          305          270',
    ]);
    expect(headText(table)[0]).toEqual(['', '3 Months Ended [2]', '12 Months Ended [2]']);
  });

  it('split a heading jammed against the next on a line of one heading per column', () => {
    const table = tableOf([
      LEAD,
      '',
      '                                       2004    2003  Change            2004    2003 Change',
      'Consolidated Earnings-               $ 0.24  $ 0.22   $0.02           $2.04   $1.97  $0.07',
      'Retail Business                      $ 0.14  $ 0.12   $0.02           $1.04   $0.97  $0.07',
    ]);
    expect(headText(table)[0]).toEqual(['', '2004', '2003', 'Change', '2004', '2003', 'Change']);
  });

  it('set a heading over the labels in the label column', () => {
    const table = tableOf([
      LEAD,
      '',
      '                                          For the 13         For the 26',
      '                                          Weeks Ended        Weeks Ended',
      '    (millions, except earnings per',
      '     common share)                       2004     2003      2004      2003',
      '',
      '     Merchandise sales and services     $8,700  $ 8,851   $16,403   $16,325',
      '     Credit and financial products         81    1,345       172     2,751',
    ]);
    expect(headText(table)).toEqual([
      ['', 'For the 13 [2]', 'For the 26 [2]'],
      ['', 'Weeks Ended [2]', 'Weeks Ended [2]'],
      ['(millions, except earnings per', '', '', '', ''],
      ['common share)', '2004', '2003', '2004', '2003'],
    ]);
  });
});
