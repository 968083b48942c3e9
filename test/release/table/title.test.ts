import { describe, expect, it } from 'vitest';
import { isTitleText } from '../../../src/release/table/title.js';

describe('isTitleText, the lines a caption is made of', () => {
  it.each([
    'Pericom Semiconductor Corporation',
    'Consolidated Statements of Operations - GAAP',
    '(In thousands, except per share data)',
    '(unaudited)',
    'UNAUDITED CONDENSED CONSOLIDATED BALANCE SHEETS',
    'THREE MONTHS ENDED JUNE 26, 2004',
    'SEARS, ROEBUCK AND CO.',
    'The Buckle, Inc.',
  ])('reads %j as a title', (text) => {
    expect(isTitleText(text)).toBe(true);
  });

  it.each([
    'filings.',
    'Notes to pro forma adjustments:',
    'The results for the quarter are summarized below:',
    'net revenues for the fourth quarter were',
    'Domestic segment detail for the 13 weeks ended June 28, 2003',
  ])('does not read %j as a title', (text) => {
    expect(isTitleText(text)).toBe(false);
  });
});
