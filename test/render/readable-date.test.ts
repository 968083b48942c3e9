import { describe, expect, it } from 'vitest';
import { readableDate } from '../../src/render/readable-date.js';

describe('readableDate', () => {
  it('writes an ISO date as a reader does, without a leading zero', () => {
    expect(readableDate('2004-10-13')).toBe('October 13, 2004');
    expect(readableDate('2005-01-05')).toBe('January 5, 2005');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => readableDate('2004-13-01')).toThrow(/not an ISO date/);
    expect(() => readableDate('October 13, 2004')).toThrow(/not an ISO date/);
  });
});
