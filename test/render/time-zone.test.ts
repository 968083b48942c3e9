import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseClock } from '../../src/render/release-dates.js';
import { timeZone } from '../../src/render/time-zone.js';

const newYork = timeZone('America/New_York');

describe('timeZone', () => {
  it('places a wall-clock time in New York with its offset, daylight saving time included', () => {
    expect(newYork.iso(newYork.instantOf('2004-10-13', '09:00'))).toBe('2004-10-13T09:00:00-04:00');
    expect(newYork.instantOf('2004-10-13', '09:00').toISOString()).toBe('2004-10-13T13:00:00.000Z');
    expect(newYork.iso(newYork.instantOf('2005-01-25', '09:00'))).toBe('2005-01-25T09:00:00-05:00');
    expect(newYork.instantOf('2005-01-25', '09:00').toISOString()).toBe('2005-01-25T14:00:00.000Z');
  });

  it('follows the rules of the year: daylight time began in April before 2007 and in March since', () => {
    expect(newYork.iso(newYork.instantOf('2006-03-20', '09:00'))).toBe('2006-03-20T09:00:00-05:00');
    expect(newYork.iso(newYork.instantOf('2007-03-20', '09:00'))).toBe('2007-03-20T09:00:00-04:00');
  });

  it('reads a time the clocks skip with the offset before the change, and one they show twice as the first', () => {
    // 2024-03-10 02:00 EST became 03:00 EDT; 2024-11-03 02:00 EDT became 01:00 EST.
    expect(newYork.iso(newYork.instantOf('2024-03-10', '02:30'))).toBe('2024-03-10T03:30:00-04:00');
    expect(newYork.instantOf('2024-11-03', '01:30').toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(newYork.iso(newYork.instantOf('2024-11-03', '01:30'))).toBe('2024-11-03T01:30:00-04:00');
  });

  it('writes offsets of half and three quarters of an hour, east and west, and of UTC', () => {
    const kolkata = timeZone('Asia/Kolkata');
    expect(kolkata.iso(kolkata.instantOf('2020-01-01', '09:00'))).toBe('2020-01-01T09:00:00+05:30');
    const kathmandu = timeZone('Asia/Kathmandu');
    expect(kathmandu.iso(kathmandu.instantOf('2020-01-01', '09:00'))).toBe('2020-01-01T09:00:00+05:45');
    const stJohns = timeZone('America/St_Johns');
    expect(stJohns.iso(stJohns.instantOf('2020-01-01', '09:00'))).toBe('2020-01-01T09:00:00-03:30');
    const utc = timeZone('UTC');
    expect(utc.iso(utc.instantOf('2020-06-01', '23:59'))).toBe('2020-06-01T23:59:00+00:00');
  });

  it('gives back the wall-clock time it was asked for, whatever the zone and day, but in a skipped hour', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tokyo', 'America/Sao_Paulo', 'Pacific/Chatham'].map(timeZone);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, hour, minute) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const instant = zone.instantOf(date, time);
          const iso = zone.iso(instant);
          expect(Date.parse(iso)).toBe(instant.getTime());
          const skipped = !iso.startsWith(`${date}T${time}`);
          // A skipped time moves forward by the skipped span (at most an hour), never back.
          if (skipped) expect(zone.offsetAt(instant.getTime())).toBeGreaterThan(zone.offsetAt(instant.getTime() - 2 * 60 * 60 * 1000));
        },
      ),
    );
  });
});

describe('releaseClock', () => {
  const clock = releaseClock({ releaseTime: '16:30' }, timeZone('Europe/London'));

  it('dates a release at the release time in the zone, and by its embargo when it had one', () => {
    const meta = { date: '2021-07-01', publishAt: null };
    expect(clock.publishedAt(meta)).toEqual({ instant: new Date('2021-07-01T15:30:00Z'), iso: '2021-07-01T16:30:00+01:00' });
    const embargoed = { date: '2021-07-01', publishAt: { iso: '2021-07-01T07:00:00-04:00', epochMs: Date.parse('2021-07-01T11:00:00Z') } };
    expect(clock.publishedAt(embargoed)).toEqual({ instant: new Date('2021-07-01T11:00:00Z'), iso: '2021-07-01T07:00:00-04:00' });
  });

  it('has no time for a release that states no date, or one the calendar does not have', () => {
    expect(clock.publishedAt({ date: null, publishAt: null })).toBeNull();
    expect(clock.publishedAt({ date: '2021-02-29', publishAt: null })).toBeNull();
    expect(clock.dateOf({ date: '2021-02-29' })).toBeNull();
    expect(clock.dateOf({ date: '2020-02-29' })).toBe('2020-02-29');
  });

  it('reads `updated` as a day at the release time, or as the instant written', () => {
    expect(clock.updatedAt({ updated: '2021-12-01' })?.iso).toBe('2021-12-01T16:30:00+00:00');
    expect(clock.updatedAt({ updated: '2021-12-01T10:00:00+09:00' })).toEqual({
      instant: new Date('2021-12-01T01:00:00Z'),
      iso: '2021-12-01T10:00:00+09:00',
    });
    expect(clock.updatedAt({ updated: null })).toBeNull();
  });
});
