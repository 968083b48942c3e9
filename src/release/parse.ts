import { readBlocks } from './blocks/read-blocks.js';
import { ContentError } from './content-error.js';
import { firstUnfaithfulLine } from './fidelity.js';
import { classifyBlocks } from './kinds/classify.js';
import { type SourceLine, sourceLines } from './lines/source-lines.js';
import type { Release, Warning } from './model.js';
import { findDates, isoDate } from './recognisers/dates.js';
import { findTicker } from './recognisers/tickers.js';
import { spacesCollapsed, wordCount } from './recognisers/words.js';
import { preformattedText } from './sections/block-builders.js';
import { readBody } from './sections/body.js';
import { findCompany } from './sections/company.js';
import { afterDateline } from './sections/lead.js';
import { readTop } from './sections/top.js';

const MIN_WORDS = 3;

/**
 * Reads a press release from its text as filed, in stages that run one way: source lines,
 * blocks, each block's kind, then the sections and the model. Pure: no I/O, no clock. Refuses
 * text with no words to publish; anything else is published, with warnings where the reading
 * is unsure. If the structured reading ever lost or invented a character, the filing is
 * published preformatted, as laid out, instead.
 */
export function parseRelease(text: string, file: string): Release {
  const lines = sourceLines(text);
  if (!lines.some((line) => /\p{L}/u.test(line.text)) || !holdsWords(lines, MIN_WORDS)) {
    throw new ContentError(file, firstTextLine(lines), 'no words to publish: not a press release');
  }
  const release = readStructure(lines);
  const unfaithful = firstUnfaithfulLine(lines, release);
  return unfaithful === null ? release : releaseAsFiled(lines, unfaithful);
}

function readStructure(lines: readonly SourceLine[]): Release {
  const { blocks, layout } = readBlocks(lines);
  const classified = classifyBlocks(blocks, layout);
  const top = readTop(classified);
  const body = readBody(classified.slice(top.rest));
  const contactBlocks = [...top.contactBlocks, ...body.contactBlocks];
  const warnings: Warning[] = [];
  const date = releaseDate(top.issued?.dateText ?? null, body.dateline?.dateText ?? null, lines, warnings, body.dateline?.line ?? top.issued?.line ?? 1);
  if (top.headline === null) warnings.push({ line: firstTextLine(lines), code: 'no-headline', reason: 'no headline found' });
  if (date === null && !warnings.some((w) => w.code === 'date-without-year')) {
    warnings.push({ line: body.dateline?.line ?? firstTextLine(lines), code: 'no-date', reason: 'no release date stated' });
  }
  return {
    exhibit: top.exhibit,
    banners: top.banners,
    slugLine: top.slugLine,
    headline: top.headline,
    subheadline: top.subheadline,
    deskLine: top.deskLine,
    issued: top.issued,
    dateline: body.dateline,
    preamble: top.preamble,
    date,
    company: findCompany(contactBlocks, afterDateline(body.body, body.dateline)),
    wire: top.wire ?? body.dateline?.wire ?? null,
    ticker: top.ticker ?? findTicker(spacesCollapsed(lines.map((line) => line.text).join('\n'))),
    releaseNumber: top.releaseNumber ?? body.releaseNumber,
    contactBlocks,
    body: body.body,
    safeHarbor: body.safeHarbor,
    afterSafeHarbor: body.afterSafeHarbor,
    trailer: body.trailer,
    warnings,
  };
}

/**
 * The release date: the dateline's, else a date line's. A dateline without a year
 * ("Jan. 25 /PRNewswire/") takes the year of the same day written in full elsewhere in the
 * release (a wire time stamp, say); without one, the date is unknown, never guessed.
 */
function releaseDate(issuedText: string | null, datelineText: string | null, lines: readonly SourceLine[], warnings: Warning[], line: number): string | null {
  const stated = findDates(datelineText ?? issuedText ?? '')[0];
  if (!stated) return null;
  if (stated.year !== null) return isoDate(stated.year, stated.month, stated.day);
  const years = new Set(
    lines.flatMap((l) => findDates(l.text)).filter((d) => d.month === stated.month && d.day === stated.day && d.year !== null).map((d) => d.year),
  );
  const [year] = years;
  if (years.size === 1 && year != null) return isoDate(year, stated.month, stated.day);
  warnings.push({ line, code: 'date-without-year', reason: `the dateline's date "${stated.text}" has no year, and the release states none for that day` });
  return null;
}

/** Whether the lines hold `count` words at least: counting stops there. */
function holdsWords(lines: readonly SourceLine[], count: number): boolean {
  let words = 0;
  for (const line of lines) {
    words += wordCount(line.text);
    if (words >= count) return true;
  }
  return false;
}

function firstTextLine(lines: readonly SourceLine[]): number {
  return lines.find((line) => line.text.trim() !== '')?.number ?? 1;
}

/** The whole filing as laid out, for text whose structure could not be read faithfully. */
export function releaseAsFiled(lines: readonly SourceLine[], unfaithful: number): Release {
  return {
    exhibit: null, banners: [], slugLine: null, headline: null, subheadline: null, deskLine: null,
    issued: null, dateline: null, preamble: [], date: null, company: null, wire: null, ticker: null,
    releaseNumber: null, contactBlocks: [], safeHarbor: null, afterSafeHarbor: [], trailer: [],
    body: [{ type: 'preformatted', line: firstTextLine(lines), text: preformattedText(lines).trim() }],
    warnings: [{ line: unfaithful, code: 'read-as-filed', reason: 'the layout could not be read faithfully from here; the release is shown as filed' }],
  };
}
