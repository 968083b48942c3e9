import { z } from 'zod';
import type { Timestamp } from '../site.js';

/** Lowercase ASCII words joined by single hyphens: safe in a URL as it is. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** RFC 3339 / ISO 8601 extended: date, `T`, time to minutes or finer, then an offset (or not). */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;
const DATE_TIME_EXAMPLE = '2025-03-04T08:30:00-05:00';

/** Text in YAML may come as a number (`id: 12345`); white space runs read as one space. */
function text(key: string): z.ZodType<string> {
  return z
    .union([z.string(), z.number()], { error: `${key} must be text` })
    .transform((value) => String(value).replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, { error: `${key} is empty` }));
}

function slug(key: string): z.ZodType<string> {
  return text(key).pipe(
    z
      .string()
      .max(MAX_SLUG_LENGTH, { error: `${key} is longer than ${MAX_SLUG_LENGTH} characters` })
      .regex(SLUG_PATTERN, {
        error: (issue) =>
          `${key} "${String(issue.input)}" must be lowercase letters and digits in words joined by single hyphens, such as 2004-10-13-acme-results`,
      }),
  );
}

/** A list, or one item written on its own (`tags: earnings`). */
function list(key: string, item: z.ZodType<string>): z.ZodType<string[]> {
  return z.preprocess(
    (value): unknown[] => (Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(item).transform((items) => [...new Set(items)]),
  );
}

function isoDate(key: string): z.ZodType<string> {
  return text(key).refine(isCalendarDate, {
    error: (issue) => `${key} "${String(issue.input)}" must be a date written YYYY-MM-DD, such as 2004-10-13`,
  });
}

/** An instant needs its offset: a wall-clock time alone means different instants in different places. */
function instant(key: string): z.ZodType<Timestamp> {
  return text(key).transform((value, context): Timestamp => {
    const read = readInstant(value);
    if (typeof read !== 'string') return read;
    context.addIssue({ code: 'custom', message: `${key} "${value}" ${read}` });
    return z.NEVER;
  });
}

/** A day, or an instant; kept as written. */
function dayOrInstant(key: string): z.ZodType<string> {
  return text(key).refine((value) => isCalendarDate(value) || typeof readInstant(value) !== 'string', {
    error: `${key} must be a date (2004-10-13) or a date and time with its UTC offset (${DATE_TIME_EXAMPLE})`,
  });
}

/** The instant, or what is wrong with it. */
function readInstant(value: string): Timestamp | string {
  const parts = DATE_TIME.exec(value);
  const epochMs = Date.parse(value);
  if (parts === null || !isCalendarDate(parts[1] ?? '') || !isClockTime(parts) || Number.isNaN(epochMs)) {
    return `must be a date and time with its UTC offset, such as ${DATE_TIME_EXAMPLE}`;
  }
  if (parts[5] === undefined) return `has no UTC offset: add Z or one such as -05:00 (${DATE_TIME_EXAMPLE})`;
  return { iso: value, epochMs };
}

function url(key: string): z.ZodType<string> {
  return text(key).refine(isAbsoluteWebUrl, {
    error: (issue) => `${key} "${String(issue.input)}" must be an absolute http or https URL, such as https://investors.example.com/news/q4`,
  });
}

function languageTag(key: string): z.ZodType<string> {
  return text(key).transform((value, context) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical !== undefined) return canonical;
    } catch {
      // Reported below, in the front matter's words.
    }
    context.addIssue({ code: 'custom', message: `${key} "${value}" is not a BCP 47 language tag such as en, en-US or fr-CA` });
    return z.NEVER;
  });
}

/** One stable identifier per release: a URN or a `tag:` URI, say; a feed's id cannot hold spaces. */
function identifier(key: string): z.ZodType<string> {
  return text(key).refine((value) => !/\s/.test(value), { error: `${key} must not contain spaces` });
}

export const FRONT_MATTER_KEYS = [
  'slug', 'date', 'headline', 'summary', 'canonical', 'aliases', 'publishAt', 'updated', 'tags', 'language', 'id',
] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

export const frontMatterSchema = z.strictObject({
  slug: slug('slug').optional(),
  date: isoDate('date').optional(),
  headline: text('headline').optional(),
  summary: text('summary').optional(),
  canonical: url('canonical').optional(),
  aliases: list('aliases', slug('each alias')).optional(),
  publishAt: instant('publishAt').optional(),
  updated: dayOrInstant('updated').optional(),
  tags: list('tags', text('each tag')).optional(),
  language: languageTag('language').optional(),
  id: identifier('id').optional(),
} satisfies Record<FrontMatterKey, z.ZodType>);

function isCalendarDate(value: string): boolean {
  const parts = ISO_DATE.exec(value);
  if (parts === null) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isClockTime(parts: RegExpExecArray): boolean {
  return Number(parts[2]) < 24 && Number(parts[3]) < 60 && Number(parts[4] ?? 0) < 60;
}

function isAbsoluteWebUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}
