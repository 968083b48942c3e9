const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Wall-clock time in one IANA time zone, daylight saving time included, read from Intl. */
export interface TimeZone {
  readonly name: string;
  /** The zone's offset from UTC at `instant`, in milliseconds (New York in summer: -4 h). */
  offsetAt(instant: number): number;
  /**
   * The instant the zone's clocks show `time` ("HH:MM") on `date` ("YYYY-MM-DD"). A time the
   * clocks skip when they spring forward is read with the offset before the change (02:30
   * becomes 03:30 daylight time); a time they show twice when they fall back, the first.
   */
  instantOf(date: string, time: string): Date;
  /** `instant` as the zone's clocks show it, with the offset: "2004-10-13T09:00:00-04:00". */
  iso(instant: Date): string;
}

export function timeZone(name: string): TimeZone {
  const clock = new Intl.DateTimeFormat('en-US', {
    timeZone: name,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt = (instant: number): number => {
    const part = (type: Intl.DateTimeFormatPartTypes): number =>
      Number(clock.formatToParts(instant).find((candidate) => candidate.type === type)?.value);
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    return wall - Math.floor(instant / 1000) * 1000;
  };
  return {
    name,
    offsetAt,
    instantOf(date, time) {
      const wall = wallClockMs(date, time);
      // Offsets a day either side: a zone changes its offset at most once in that span.
      const before = wall - offsetAt(wall - DAY_MS);
      const after = wall - offsetAt(wall + DAY_MS);
      const shows = (instant: number): boolean => instant + offsetAt(instant) === wall;
      const found = [before, after].filter(shows);
      return new Date(found.length === 0 ? before : Math.min(...found));
    },
    iso(instant) {
      const offset = offsetAt(instant.getTime());
      const wall = new Date(instant.getTime() + offset).toISOString().slice(0, 19);
      return `${wall}${offsetText(offset)}`;
    },
  };
}

function wallClockMs(date: string, time: string): number {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (day === null || clock === null) throw new Error(`not a date and time: ${date} ${time}`);
  return Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
}

/** "+05:30", "-04:00", "+00:00". */
function offsetText(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
  const sign = offsetMs < 0 ? '-' : '+';
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
