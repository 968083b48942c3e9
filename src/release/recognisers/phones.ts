/** A telephone number written in the text. */
export interface FoundPhone {
  text: string;
  index: number;
  /** The number for a `tel:` URI: digits with a leading +, e.g. "+14124222377". */
  dial: string;
}

/** North American numbers: "(412) 422-2377", "404-506-5333", "1-866-506-5333", "408.974.6439 ext. 12". */
const NORTH_AMERICAN = String.raw`(?:\+?1[ .\-]?)?(?:\(\d{3}\) ?|\d{3}[ .\-])\d{3}[ .\-]\d{4}`;
/** International numbers, written with their country code: "+44 (0)20 7946 0958". */
const INTERNATIONAL = String.raw`\+\d{1,3}(?:[ .\-]?\(?\d{1,4}\)?){2,5}`;
const EXTENSION = String.raw`(?: ?(?:x|ext\.?|extension) ?\d{1,5})?`;
const PHONE = new RegExp(String.raw`(?<![\w.+\-/])(?:${NORTH_AMERICAN}|${INTERNATIONAL})${EXTENSION}(?![\w\-/]|\.\d)`, 'gi');

/** Every telephone number in the text, in order. */
export function findPhones(text: string): FoundPhone[] {
  const found: FoundPhone[] = [];
  for (const match of text.matchAll(PHONE)) {
    const dial = dialString(match[0]);
    if (dial !== null) found.push({ text: match[0], index: match.index, dial });
  }
  return found;
}

function dialString(written: string): string | null {
  const [number = '', extension] = written.split(/ ?(?:x|ext\.?|extension) ?/i);
  const international = number.trimStart().startsWith('+');
  const digits = number.replace(/\(0\)/, '').replace(/\D/g, '');
  if (digits.length < (international ? 8 : 10)) return null;
  const full = international ? `+${digits}` : digits.length === 10 ? `+1${digits}` : `+${digits}`;
  return extension === undefined ? full : `${full};ext=${extension.replace(/\D/g, '')}`;
}
