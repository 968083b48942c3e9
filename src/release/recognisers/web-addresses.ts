import { LinkifyIt } from 'linkify-it';

/** A web or e-mail address written in the text, where it stands and where it leads. */
export interface FoundAddress {
  text: string;
  index: number;
  href: string;
}

/** Fuzzy links only for "www." addresses: "Apple.com" in prose is a name, not an address. */
const finder = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true });
const WEB = /^(?:https?:\/\/|www\.)/i;

function found(text: string): FoundAddress[] {
  return (finder.match(text) ?? []).map((match) => ({ text: match.text, index: match.index, href: match.url }));
}

/** Every e-mail address in the text, in order, without the punctuation that ends a sentence. */
export function findEmails(text: string): FoundAddress[] {
  // Every e-mail address has an "@": most lines are turned away without scanning them for links.
  if (!text.includes('@')) return [];
  return found(text).filter((address) => address.href.startsWith('mailto:'));
}

/** Every web address written with its scheme or "www.", in order. */
export function findWebAddresses(text: string): FoundAddress[] {
  return found(text).filter((address) => WEB.test(address.text));
}
