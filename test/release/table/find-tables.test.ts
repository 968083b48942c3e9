import { describe, expect, it } from 'vitest';
import { headText, LEAD, regionsOf, rowText, tableOf } from './read.js';

describe('findTables', () => {
  it('claims a caption glued to the paragraph above, and leaves the paragraph alone', () => {
    const regions = regionsOf([
      'Parties receiving this release are encouraged to review our annual report on',
      'Form 10-K.',
      '                      Pericom Semiconductor Corporation',
      '                 Consolidated Statements of Operations - GAAP',
      '                    (In thousands, except per share data)',
      '',
      '                                  2003     2002',
      '    Net revenues                 $11,506  $12,967',
      '    Cost of revenues               8,027    8,294',
      '',
      'Pericom designs and sells high-performance interface chips.',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[3, 9]]);
    expect(regions[0]?.block).toMatchObject({
      type: 'table',
      line: 3,
      endLine: 9,
      caption: 'Pericom Semiconductor Corporation Consolidated Statements of Operations - GAAP (In thousands, except per share data)',
    });
  });

  it('leaves a title block that opens the filing to title the release', () => {
    const regions = regionsOf([
      '                                                   EXHIBIT 99.02',
      '                        Southern Company',
      '                      Financial Highlights',
      '',
      '                                  2006       2005',
      '   Retail Business              $  128     $   90',
      '   Competitive Generation           71         62',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[5, 7]]);
    expect(regions[0]?.block).toMatchObject({ type: 'table', caption: null });
  });

  it('reads each table of an EDGAR <TABLE> that repeats its header, without the tags', () => {
    const header = ['                              3 Months Ended', '                           ---------------------', '                             2006        2005', '                           --------    --------'];
    const regions = regionsOf([
      LEAD,
      '',
      '<TABLE>',
      '<CAPTION>',
      ...header,
      'Consolidated Earnings-As Reported',
      '<S>                        <C>         <C>',
      '   Retail Business         $  128      $   90',
      '   Competitive Generation      71          62',
      '',
      ...header,
      '',
      'Consolidated Earnings-Excluding Synfuels',
      '   Net Income              $  188      $  159',
      '   Less: Synthetic Fuels       (6)        (12)',
      '</TABLE>',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[5, 12], [14, 21]]);
    const [first, second] = regions.map((region) => region.block);
    if (first?.type !== 'table' || second?.type !== 'table') throw new Error('not read as tables');
    expect(headText(first)).toEqual([['', '3 Months Ended [2]'], ['', '2006', '2005']]);
    expect(rowText(second)).toEqual([
      ['Consolidated Earnings-Excluding Synfuels', '', ''],
      ['Net Income', '$ 188', '$ 159'],
      ['Less: Synthetic Fuels', '(6)', '(12)'],
    ]);
  });

  it('shows the whole table as filed when its columns do not line up', () => {
    const regions = regionsOf([
      LEAD,
      '',
      '                          2006     2005',
      '   Retail Business      $  128   $   90',
      '   Competitive Generation  71       62',
      '   Other                 1,005,000   2,344',
      '',
      'The company said the results were strong.',
    ]);
    expect(regions).toHaveLength(1);
    expect(regions[0]?.lines).toEqual([3, 6]);
    expect(regions[0]?.block).toEqual({
      type: 'preformatted',
      line: 3,
      text: [
        '                       2006     2005',
        'Retail Business      $  128   $   90',
        'Competitive Generation  71       62',
        'Other                 1,005,000   2,344',
      ].join('\n'),
    });
  });

  it('leaves prose with figures in it to the paragraph reader', () => {
    expect(regionsOf([
      'Net revenues for the fourth quarter were $11,506,000, up slightly from',
      '$11,492,000 in the previous quarter and down 11% from $12,967,000 in the',
      'comparable period last year; 2,046 and 1,967 units shipped in 2003.',
    ])).toEqual([]);
  });

  it('reads a table copied from HTML: tab-separated cells, a caption, section labels, notes', () => {
    const table = tableOf([
      'NOTE TO EDITORS: For additional information visit the web site.',
      '',
      'UNAUDITED NON-GAAP CONDENSED STATEMENT OF OPERATIONS',
      '(In millions)',
      '',
      'Non-GAAP',
      'As Reported\tAdjustments\tNon-GAAP',
      'Net sales\t$ 2,014\t$ 2,014',
      'Operating expenses:',
      'Restructuring costs\t8\t(8)(a)\t—',
      'Provision for income taxes\t24\t2\t(b)\t26',
      '',
      'Notes:',
      '',
      '(a) Pre-tax restructuring costs',
      '(b) Tax impact of restructuring costs',
    ]);
    expect(table).toMatchObject({ line: 3, endLine: 16, caption: 'UNAUDITED NON-GAAP CONDENSED STATEMENT OF OPERATIONS (In millions)' });
    expect(headText(table)).toEqual([['', 'Non-GAAP [3]'], ['', 'As Reported', 'Adjustments', 'Non-GAAP']]);
    expect(rowText(table)).toEqual([
      ['Net sales', '$ 2,014', '', '$ 2,014'],
      ['Operating expenses:', '', '', ''],
      ['Restructuring costs', '8', '(8)(a)', '—'],
      ['Provision for income taxes', '24', '2 (b)', '26'],
    ]);
    expect(table.notes).toEqual(['Notes:', '(a) Pre-tax restructuring costs', '(b) Tax impact of restructuring costs']);
  });

  it('puts words under the columns of words and figures under the columns of figures', () => {
    const table = tableOf([
      LEAD,
      '',
      'Partner\tProgram\tCash Collected\tRemaining',
      'AiBtl BioPharma Inc.\tCNS (MDD & ADHD)\t$200,000\t$6,800,000',
      'OncoX BioPharma Inc.\tOncology\t$200,000\t$4,800,000',
      'Total\t$702,000\t$18,298,000',
    ]);
    expect(rowText(table).at(-1)).toEqual(['Total', '', '$702,000', '$18,298,000']);
    expect(headText(table)).toEqual([['Partner', 'Program', 'Cash Collected', 'Remaining']]);
  });

  it('keeps a table whole across a page break', () => {
    const regions = regionsOf([
      LEAD,
      '',
      '                                  2003     2002',
      '    Net revenues                 $11,506  $12,967',
      '    Cost of revenues               8,027    8,294',
      '',
      '                                   - 5 -',
      '<PAGE>',
      '',
      '',
      '    Gross profit                   3,479    4,673',
      '    Other income, net              1,323    1,052',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[3, 12]]);
    const block = regions[0]?.block;
    expect(block?.type === 'table' && block.rows.map((row) => row.label)).toEqual(['Net revenues', 'Cost of revenues', 'Gross profit', 'Other income, net']);
  });

  it('reads a statement with long labels, years ending labels and a rule under its title block', () => {
    const regions = regionsOf([
      'The statements below are part of this report.',
      '',
      'WIDGET CORP.',
      'STATEMENTS OF STOCKHOLDERS EQUITY',
      '- ----------------------------------------------------------------',
      '',
      '                                               PREFERRED STOCK           COMMON',
      '                                            ---------------------    ------------',
      '                                             SHARES       AMOUNT        SHARES',
      'Issuance of common stock for cash to founders',
      '  at $.001 per share in June 1996                --    $      --     6,435,000',
      'Issuance of preferred stock for cash at $0.50 per share, net of costs:',
      '  in July 1996                            1,150,000    $ 566,495            --',
      '                                         -----------  -----------  ------------',
      'BALANCES, December 31, 1996               1,150,000      566,495     6,825,000',
    ]);
    expect(regions.map((region) => region.lines)).toEqual([[3, 15]]);
    const block = regions[0]?.block;
    if (block?.type !== 'table') throw new Error('not read as a table');
    expect(block.caption).toBe('WIDGET CORP. STATEMENTS OF STOCKHOLDERS EQUITY');
    expect(headText(block)).toEqual([['', 'PREFERRED STOCK [2]', 'COMMON'], ['', 'SHARES', 'AMOUNT', 'SHARES']]);
    expect(rowText(block)).toEqual([
      ['Issuance of common stock for cash to founders at $.001 per share in June 1996', '--', '$ --', '6,435,000'],
      ['Issuance of preferred stock for cash at $0.50 per share, net of costs: in July 1996', '1,150,000', '$ 566,495', '--'],
      ['BALANCES, December 31, 1996', '1,150,000', '566,495', '6,825,000'],
    ]);
  });
});
