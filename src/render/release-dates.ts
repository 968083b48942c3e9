import type { ReleaseMeta } from '../content/site.js';
import type { Publication } from './publication.js';
import type { TimeZone } from './time-zone.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant, and how to write it with the offset of the place it belongs to. */
export interface Moment {
  instant: Date;
  /** ISO 8601 with its UTC offset: "2004-10-13T09:00:00-04:00". */
  iso: string;
}

/**
 * When releases were put out: the stated date at the configured time of day in the configured
 * zone, since filings state a day and not a time.
 */
export interface ReleaseClock {
  /** `meta.date` when it is a real calendar date ("2004-02-30" is not), else null: listed as undated. */
  dateOf(meta: Pick<ReleaseMeta, 'date'>): string | null;
  /** The embargo's end when there was one, else the date at the release time; null when undated. */
  publishedAt(meta: Pick<ReleaseMeta, 'date' | 'publishAt'>): Moment | null;
  /** Front-matter `updated`: a day at the release time, or the instant as written; null when not given. */
  updatedAt(meta: Pick<ReleaseMeta, 'updated'>): Moment | null;
}

export function releaseClock(publication: Pick<Publication, 'releaseTime'>, zone: TimeZone): ReleaseClock {
  const atReleaseTime = (date: string): Moment => {
    const instant = zone.instantOf(date, publication.releaseTime);
    return { instant, iso: zone.iso(instant) };
  };
  return {
    dateOf: ({ date }) => calendarDate(date),
    publishedAt({ date, publishAt }) {
      if (publishAt !== null) return { instant: new Date(publishAt.epochMs), iso: publishAt.iso };
      const day = calendarDate(date);
      return day === null ? null : atReleaseTime(day);
    },
    updatedAt({ updated }) {
      if (updated === null) return null;
      const day = calendarDate(updated);
      return day === null ? { instant: new Date(updated), iso: updated } : atReleaseTime(day);
    },
  };
}

/** The date when it names a day of the calendar, else null. */
export function calendarDate(value: string | null): string | null {
  const parts = value === null ? null : ISO_DATE.exec(value);
  if (value === null || parts === null) return null;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? value : null;
}
