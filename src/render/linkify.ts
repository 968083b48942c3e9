import { telHref } from './tel-href.js';

export type LinkKind = 'tel' | 'email' | 'url';

/** A run of text as filed; links carry the href we derived from their text. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; link: LinkKind; text: string; href: string };

interface Candidate {
  start: number;
  text: string;
  link: LinkKind;
  href: string;
}

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][\w.%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const URL_LIKE = /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>"]+/gi;
/** North American: optional +1, area code (bracketed or not), exchange, line number. */
const NORTH_AMERICAN_PHONE = /(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])/g;
/** International, written with its +: groups of digits separated by single spaces, dots or dashes. */
const INTERNATIONAL_PHONE = /(?<![\w+])\+\d{1,3}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){2,6}(?![\w-])/g;
const INTERNATIONAL_DIGITS = { min: 8, max: 15 };
/** A fax number is not something to call from a page. */
const FAX_LABEL = /\bfax\b[\s:.#-]*$/i;
const URL_TRAILING_PUNCTUATION = /[.,;:!?'"*]$/;
const URL_HOST = /^(?:https?:\/\/|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/i;
const URL_HOST_WITH_SCHEME = /^https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d+)?(?:[/?#]|$)/i;

/**
 * Splits text into plain runs and links to phone numbers, e-mail addresses and web addresses.
 * The segments' texts, joined, are exactly the input: nothing is added, dropped or rewritten.
 */
export function linkify(text: string): Segment[] {
  const chosen = nonOverlapping([...emails(text), ...webAddresses(text), ...phones(text)]);
  const segments: Segment[] = [];
  let at = 0;
  for (const candidate of chosen) {
    if (candidate.start > at) segments.push({ kind: 'text', text: text.slice(at, candidate.start) });
    segments.push({ kind: 'link', link: candidate.link, text: candidate.text, href: candidate.href });
    at = candidate.start + candidate.text.length;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
}

/** Earliest first; at the same start the longest wins; later overlapping candidates are dropped. */
function nonOverlapping(candidates: Candidate[]): Candidate[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
  const chosen: Candidate[] = [];
  let end = 0;
  for (const candidate of sorted) {
    if (candidate.start < end) continue;
    chosen.push(candidate);
    end = candidate.start + candidate.text.length;
  }
  return chosen;
}

function emails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    start: m.index,
    text: m[0],
    link: 'email' as const,
    href: `mailto:${m[0]}`,
  }));
}

function webAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(URL_LIKE)) {
    const address = trimUrl(m[0]);
    const valid = address.toLowerCase().startsWith('www.') ? URL_HOST.test(address) : URL_HOST_WITH_SCHEME.test(address);
    if (!valid) continue;
    const href = address.toLowerCase().startsWith('www.') ? `http://${address}` : address;
    found.push({ start: m.index, text: address, link: 'url', href });
  }
  return found;
}

/** Drops punctuation that ends the sentence rather than the address, and unbalanced closers. */
function trimUrl(address: string): string {
  let trimmed = address;
  for (;;) {
    if (URL_TRAILING_PUNCTUATION.test(trimmed)) trimmed = trimmed.slice(0, -1);
    else if (unbalancedCloser(trimmed, '(', ')') || unbalancedCloser(trimmed, '[', ']')) trimmed = trimmed.slice(0, -1);
    else return trimmed;
  }
}

function unbalancedCloser(text: string, open: string, close: string): boolean {
  return text.endsWith(close) && text.split(close).length > text.split(open).length;
}

function phones(text: string): Candidate[] {
  const international = [...text.matchAll(INTERNATIONAL_PHONE)].filter((m) => {
    const digits = m[0].replace(/\D/g, '').length;
    return digits >= INTERNATIONAL_DIGITS.min && digits <= INTERNATIONAL_DIGITS.max;
  });
  return [...text.matchAll(NORTH_AMERICAN_PHONE), ...international]
    .filter((m) => !FAX_LABEL.test(text.slice(0, m.index)))
    .map((m) => ({ start: m.index, text: m[0], link: 'tel' as const, href: telHref(m[0]) }));
}
