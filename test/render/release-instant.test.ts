import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedAt, updatedAt, zonedInstant } from '../../src/render/release-instant.js';
import { timestamp } from '../content/entries.js';

const NEW_YORK = { timeZone: 'America/New_York', releaseTime: '09:00' };

describe('zonedInstant', () => {
  it.each([
    ['2004-10-13', '09:00', 'America/New_York', '2004-10-13T09:00:00-04:00'],
    ['2005-01-25', '09:00', 'America/New_York', '2005-01-25T09:00:00-05:00'],
    // Summer time began on the first Sunday of April until 2006, on the second Sunday of March since.
    ['1995-04-01', '09:00', 'America/New_York', '1995-04-01T09:00:00-05:00'],
    ['2007-03-20', '09:00', 'America/New_York', '2007-03-20T09:00:00-04:00'],
    ['2006-03-20', '09:00', 'America/New_York', '2006-03-20T09:00:00-05:00'],
    ['2010-01-04', '16:30', 'Europe/London', '2010-01-04T16:30:00+00:00'],
    ['2010-07-05', '07:00', 'Europe/London', '2010-07-05T07:00:00+01:00'],
    ['2012-02-29', '08:15', 'Asia/Kolkata', '2012-02-29T08:15:00+05:30'],
    ['2012-02-29', '23:59', 'UTC', '2012-02-29T23:59:00+00:00'],
  ])('places %s %s in %s at %s', (date, time, zone, iso) => {
    const instant = zonedInstant(date, time, zone);
    expect(instant.iso).toBe(iso);
    expect(instant.epochMs).toBe(Date.parse(iso));
  });

  it('reads a time the change to summer time skips with the summer offset', () => {
    expect(zonedInstant('2021-03-14', '02:30', 'America/New_York').iso).toBe('2021-03-14T02:30:00-04:00');
  });

  it('shows the wall clock it was given, at the instant it gives, in any zone and year', () => {
    const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Tokyo', 'America/St_Johns'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2037-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom(...zones),
        (day, hour, minute, zone) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const { iso, epochMs } = zonedInstant(date, time, zone);
          expect(Date.parse(iso)).toBe(epochMs);
          const shown = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(epochMs);
          // A time the change to summer time skips does not exist: the clock shows it an hour earlier.
          const asked = Date.parse(`${date}T${time}:00Z`) - Date.parse(`${shown.replace(' ', 'T')}:00Z`);
          expect([0, 3_600_000]).toContain(asked);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('publishedAt', () => {
  it('is the date at the release time in the time zone, for a filing that states only a day', () => {
    expect(publishedAt({ date: '2004-10-13', publishAt: null }, NEW_YORK)?.iso).toBe('2004-10-13T09:00:00-04:00');
    expect(publishedAt({ date: '2004-10-13', publishAt: null }, { timeZone: 'Europe/Paris', releaseTime: '07:30' })?.iso).toBe('2004-10-13T07:30:00+02:00');
  });

  it('is the end of the embargo, as the front matter wrote it, when the release had one', () => {
    const end = timestamp('2025-03-04T08:30:00-05:00');
    expect(publishedAt({ date: '2025-03-04', publishAt: end }, NEW_YORK)).toEqual({ iso: '2025-03-04T08:30:00-05:00', epochMs: end.epochMs });
  });

  it('is null for a release that states no date', () => {
    expect(publishedAt({ date: null, publishAt: null }, NEW_YORK)).toBeNull();
  });
});

describe('updatedAt', () => {
  it('places a day as publishedAt does, and keeps an instant as written', () => {
    expect(updatedAt({ updated: '2004-11-02' }, NEW_YORK)?.iso).toBe('2004-11-02T09:00:00-05:00');
    expect(updatedAt({ updated: '2004-11-02T17:45:00+01:00' }, NEW_YORK)).toEqual({
      iso: '2004-11-02T17:45:00+01:00', epochMs: Date.parse('2004-11-02T16:45:00Z'),
    });
    expect(updatedAt({ updated: null }, NEW_YORK)).toBeNull();
  });
});
