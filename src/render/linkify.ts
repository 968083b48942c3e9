import { findEmails, findWebAddresses } from '../release/recognisers/web-addresses.js';
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

/** A fax number is not something to call from a page. */
const FAX_LABEL = /\bfax\b[\s:.#-]*$/i;

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
  return findEmails(text).map((email) => ({ start: email.index, text: email.text, link: 'email' as const, href: email.href }));
}

function webAddresses(text: string): Candidate[] {
  return findWebAddresses(text).map((address) => ({ start: address.index, text: address.text, link: 'url' as const, href: address.href }));
}

function phones(text: string): Candidate[] {
  return findPhones(text)
    .filter((phone) => !FAX_LABEL.test(text.slice(0, phone.index)))
    .map((phone) => ({ start: phone.index, text: phone.text, link: 'tel' as const, href: `tel:${phone.dial}` }));
}
