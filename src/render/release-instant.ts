import type { Publication } from '../config.js';
import type { ReleaseMeta } from '../content/site.js';

/** An instant as a reader in the site's time zone writes it, with its UTC offset, and as milliseconds. */
export interface Instant {
  /** "2004-10-13T09:00:00-04:00" */
  iso: string;
  epochMs: number;
}

export type ReleaseClock = Pick<Publication, 'timeZone' | 'releaseTime'>;

const MINUTE_MS = 60_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/**
 * When a release was published: the end of its embargo when it had one (an instant the front
 * matter wrote with its offset), else its date at the site's release time in the site's time
 * zone (`RELEASE_TIME`, `TIME_ZONE`): filings state a day, not a time. Null when it states no date.
 */
export function publishedAt(meta: Pick<ReleaseMeta, 'date' | 'publishAt'>, clock: ReleaseClock): Instant | null {
  if (meta.publishAt !== null) return { iso: meta.publishAt.iso, epochMs: meta.publishAt.epochMs };
  return meta.date === null ? null : zonedInstant(meta.date, clock.releaseTime, clock.timeZone);
}

/** When the release was last revised (front-matter `updated`, a day placed as `publishedAt` places one); null when never. */
export function updatedAt(meta: Pick<ReleaseMeta, 'updated'>, clock: ReleaseClock): Instant | null {
  const { updated } = meta;
  if (updated === null) return null;
  if (DATE.test(updated)) return zonedInstant(updated, clock.releaseTime, clock.timeZone);
  return { iso: updated, epochMs: Date.parse(updated) };
}

/**
 * The instant a wall clock in `timeZone` shows `time` on `date`, with the offset in force then
 * (history included: the zone's rules of that year). A time that a change to summer time skips
 * is read with the summer offset.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Instant {
  const day = DATE.exec(date);
  const clock = TIME.exec(time);
  if (day === null || clock === null) throw new Error(`not a date and a time: ${date} ${time}`);
  const wall = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  // The offset at the wall time read as UTC is at most a day off; the one at the instant it gives is right.
  const offset = offsetMinutes(wall - offsetMinutes(wall, timeZone) * MINUTE_MS, timeZone);
  const epochMs = wall - offset * MINUTE_MS;
  return { iso: `${new Date(epochMs + offset * MINUTE_MS).toISOString().slice(0, 19)}${offsetText(offset)}`, epochMs };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes `timeZone` is ahead of UTC at `epochMs`. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(epochMs)) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const shown = Date.UTC(year, month - 1, day, hour, minute, second);
  return Math.round((shown - Math.floor(epochMs / 1000) * 1000) / MINUTE_MS);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}
