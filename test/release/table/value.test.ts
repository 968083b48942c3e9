import { describe, expect, it } from 'vitest';
import { cellValue, isEntry, isNil, withoutMarkers } from '../../../src/release/table/value.js';

describe('cellValue, the number a cell states', () => {
  it.each([
    ['770', 770],
    ['$ 770', 770],
    ['$11,506', 11506],
    ['(8,740)', -8740],
    ['$(370)', -370],
    ['$ (839)', -839],
    ['(0.01)', -0.01],
    ['.52', 0.52],
    ['$ .47', 0.47],
    ['12.5%', 12.5],
    ['12.5 %', 12.5],
    ['-4.2%', -4.2],
    ['(1.2)%', -1.2],
    ['(4.2%)', -4.2],
    ['0', 0],
    ['(1)', -1],
    ['23 1/4', 23.25],
    ['$ 19 3/8', 19.375],
    ['+9%', 9],
    ['+1.4 pts', 1.4],
    ['2.5x', 2.5],
  ])('reads %s as %d', (text, value) => {
    expect(cellValue(text)).toBe(value);
  });

  it('reads the figure beside a footnote marker, not the marker', () => {
    expect(cellValue('126 (a)')).toBe(126);
    expect(cellValue('(8)(a)')).toBe(-8);
    expect(cellValue('2,014*')).toBe(2014);
    expect(cellValue('2024 (1)')).toBe(2024);
  });

  it.each(['-', '--', '---', '—', 'n/a', 'NM', 'Revenue', '0958', '1.650.607.0349', '(a)', '$', ''])('states no number in %j', (text) => {
    expect(cellValue(text)).toBeNull();
  });
});

describe('entries of a column of figures', () => {
  it('are figures, nil dashes and "n/a"', () => {
    expect(['1,234', '(5)', '—', '---', 'n/a', 'N/M'].every(isEntry)).toBe(true);
    expect(['Total', '(a)', '*', '435-2336', 'July'].some(isEntry)).toBe(false);
  });

  it('tell a dash for nil from a figure', () => {
    expect(isNil('--')).toBe(true);
    expect(isNil('-5')).toBe(false);
  });

  it('keep markers only when a figure is left without them', () => {
    expect(withoutMarkers('(8)(a)')).toBe('(8)');
    expect(withoutMarkers('(1)')).toBe('(1)');
    expect(withoutMarkers('12 **')).toBe('12');
  });
});
