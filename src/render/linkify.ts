import { findEmails } from '../release/recognisers/emails.js';
import { findPhones } from '../release/recognisers/phones.js';

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

const URL_LIKE = /(?<![\w@./-])(?:https?:\/\/|www\.)[^\s<>"]+/gi;
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
  return findEmails(text).map((email) => ({ start: email.index, text: email.text, link: 'email' as const, href: `mailto:${email.text}` }));
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
  return findPhones(text)
    .filter((phone) => !FAX_LABEL.test(text.slice(0, phone.index)))
    .map((phone) => ({ start: phone.index, text: phone.text, link: 'tel' as const, href: `tel:${phone.dial}` }));
}
