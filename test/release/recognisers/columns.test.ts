import { describe, expect, it } from 'vitest';
import { columnZones, inferColumns, overlapped, zoneOf } from '../../../src/release/recognisers/columns.js';

describe('columns inferred from white space', () => {
  it('are the ranges that runs on any row share, with how many rows fill each', () => {
    const rows = [
      [{ start: 10, end: 15 }, { start: 20, end: 26 }],
      [{ start: 12, end: 15 }, { start: 23, end: 26 }],
      [{ start: 21, end: 27 }],
    ];
    expect(inferColumns(rows)).toEqual([
      { start: 10, end: 15, support: 2 },
      { start: 20, end: 27, support: 3 },
    ]);
  });

  it('own the line up to halfway across the gaps between them', () => {
    const zones = columnZones([{ start: 10, end: 15 }, { start: 21, end: 27 }], 6);
    expect(zones).toEqual([{ start: 6, end: 18 }, { start: 18, end: Number.POSITIVE_INFINITY }]);
    expect(zoneOf(zones, { start: 16, end: 19 })).toBe(0);
    expect(zoneOf(zones, { start: 17, end: 21 })).toBe(1);
    expect(zoneOf(zones, { start: 0, end: 4 })).toBe(-1);
    expect(overlapped([{ start: 10, end: 15 }, { start: 21, end: 27 }], { start: 14, end: 22 })).toEqual([0, 1]);
  });
});
