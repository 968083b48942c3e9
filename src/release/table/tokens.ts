import { isWhiteSpace } from '../recognisers/words.js';
import { isEntry, isFootnoteMarker } from './value.js';

/** A run of characters on a line: where it starts, where it ends (exclusive), what it says. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The runs of non-space characters of a line, with their columns. */
export function words(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  // Read by code unit: it runs on every line of a filing.
  while (at < text.length) {
    while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++;
    const start = at;
    while (at < text.length && !isWhiteSpace(text.charCodeAt(at))) at++;
    if (at > start) spans.push({ start, end: at, text: text.slice(start, at) });
  }
  return spans;
}

/** Joins spans into one, its text the parts' text with single spaces between. */
export function joinSpans(spans: readonly Span[]): Span {
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last) throw new RangeError('no spans to join');
  return { start: first.start, end: last.end, text: spans.map((span) => span.text).join(' ') };
}

/** Nearer than this, a "%" or footnote marker set apart after a figure still belongs to it. */
const ATTACHED_GAP = 2;

/**
 * The entries at the end of a fixed-width line, left to right: figures, nil dashes and "n/a",
 * each with a "$" set apart before it, a "%", a unit ("pts", "x") or a footnote marker just
 * after it; a range ("$1.20 - $1.25") is one entry. Reading stops at the first word from the
 * right, so a figure inside a label ("Notes due 2015") is only taken when nothing but entries
 * follows it; the columns decide later.
 */
export function trailingEntries(text: string, spans: readonly Span[] = words(text)): Span[] {
  return joinRanges(entriesFromRight(spans));
}

/** Whether a line's last word can close a run of entries: an entry, or a suffix after one. */
export function closesEntries(word: string): boolean {
  return isSuffix(word) || isEntry(word);
}

function entriesFromRight(spans: readonly Span[]): Span[] {
  const entries: Span[] = [];
  let at = spans.length - 1;
  while (at >= 0) {
    let first = at;
    while (first > 0 && isSuffix(spans[first]?.text ?? '') && attached(spans[first - 1], spans[first])) first -= 1;
    const core = spans[first];
    if (!core || !isEntry(core.text)) break;
    if (first > 0 && spans[first - 1]?.text === '$') first -= 1;
    entries.unshift(joinSpans(spans.slice(first, at + 1)));
    at = first - 1;
  }
  return entries;
}

/** A figure, a dash set one space apart on each side, a figure: one entry, a range. */
function joinRanges(entries: Span[]): Span[] {
  const joined: Span[] = [];
  for (const entry of entries) {
    const dash = joined.at(-1);
    const from = joined.at(-2);
    if (from && dash && RANGE_DASH.test(dash.text) && dash.start - from.end === 1 && entry.start - dash.end === 1 && /\d/.test(from.text) && /\d/.test(entry.text)) {
      joined.splice(-2, 2, joinSpans([from, dash, entry]));
    } else {
      joined.push(entry);
    }
  }
  return joined;
}

const RANGE_DASH = /^[-–—]$/;

/** A suffix right after an entry: "12.5 %", "126 (a)", the fraction of "23 1/4". */
function attached(before: Span | undefined, suffix: Span | undefined): boolean {
  if (before === undefined || suffix === undefined || suffix.start - before.end > ATTACHED_GAP || !isEntry(before.text)) return false;
  return !FRACTION.test(suffix.text) || (suffix.start - before.end === 1 && /^\$?\(?\d{1,4}$/.test(before.text));
}

const FRACTION = /^\d{1,2}\/\d{1,2}$/;

/** Units written after a figure: percentage points, basis points, times. */
const UNIT = /^(?:%|pts?\.?|points?|bps|bp|pp|x)$/i;

/** "%", a unit, a footnote marker or a fraction; "(1)" set apart is a figure (-1) in a column of its own. */
function isSuffix(text: string): boolean {
  return UNIT.test(text) || FRACTION.test(text) || (isFootnoteMarker(text) && !/\d/.test(text));
}

/** True when the span holds a digit: a figure rather than a dash or "n/a". */
export function hasDigit(span: Span): boolean {
  return /\d/.test(span.text);
}
