import { describe, expect, it } from 'vitest';
import { trailingEntries } from '../../../src/release/table/tokens.js';

const texts = (line: string): string[] => trailingEntries(line).map((span) => span.text);

describe('trailingEntries, the figures that end a fixed-width line', () => {
  it('reads figures with their columns, a "$" set apart joined to its figure', () => {
    const line = '   Retail Business                                  $  128         $   90       $ 1,292';
    expect(trailingEntries(line)).toEqual([
      { start: 52, end: 58, text: '$ 128' },
      { start: 67, end: 73, text: '$ 90' },
      { start: 80, end: 87, text: '$ 1,292' },
    ]);
  });

  it('keeps parentheses, dashes, percentages and fractions', () => {
    expect(texts('Loss   (2,046)  (1,967) (10,571)')).toEqual(['(2,046)', '(1,967)', '(10,571)']);
    expect(texts('Charge   ---   ---   1,431   $    -')).toEqual(['---', '---', '1,431', '$ -']);
    expect(texts('Margin   12.5 %   -4.2%')).toEqual(['12.5 %', '-4.2%']);
    expect(texts('High   $ 23 1/4   $ 19 3/8')).toEqual(['$ 23 1/4', '$ 19 3/8']);
  });

  it('reads signed changes, units and ranges as entries', () => {
    expect(texts('Net sales   $ 512   $ 470   +9%')).toEqual(['$ 512', '$ 470', '+9%']);
    expect(texts('Gross margin   41.2%   39.8%   +1.4 pts')).toEqual(['41.2%', '39.8%', '+1.4 pts']);
    expect(texts('EPS guidance   $1.20 - $1.25   n/a')).toEqual(['$1.20 - $1.25', 'n/a']);
  });

  it('joins a footnote marker to the figure beside it, but not a negative figure', () => {
    expect(texts('Tax    2 (b)   26')).toEqual(['2 (b)', '26']);
    expect(texts('Other   116       (1)    (900)')).toEqual(['116', '(1)', '(900)']);
    expect(texts('Net   $ 1,591    $ (18)')).toEqual(['$ 1,591', '$ (18)']);
  });

  it('stops at the first word from the right', () => {
    expect(texts('Senior notes due 2015   500   500')).toEqual(['2015', '500', '500']);
    expect(texts('Revenue grew 12% in the quarter')).toEqual([]);
    expect(texts('Net income (a)')).toEqual([]);
  });
});
