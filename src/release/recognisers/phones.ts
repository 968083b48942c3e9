import { findPhoneNumbersInText } from 'libphonenumber-js/max';

/** A telephone number written in the text. */
export interface FoundPhone {
  text: string;
  index: number;
  /** The number for a `tel:` URI: digits with a leading +, e.g. "+14124222377", and its extension. */
  dial: string;
}

/** Numbers written without a country code are North American, as in filings with the SEC. */
const DEFAULT_COUNTRY = 'US';
/** A telephone number has seven digits at least, however they are grouped. */
const MANY_DIGITS = /(?:\d\D{0,3}){7}/;
const LABELLED_EXTENSION = /(?:x|ext\.?|extension)\s*\d+$/i;
const UNLABELLED_EXTENSION = /[\s,;]+\d+$/;

/**
 * Lines already read: libphonenumber takes most of a millisecond a line, and the stages ask
 * about the same contact line several times. Emptied when full, so it stays small.
 */
const readBefore = new Map<string, readonly Readonly<FoundPhone>[]>();
const READ_BEFORE_MAX = 2000;

/**
 * Every telephone number in the text, in order, as libphonenumber finds valid numbers:
 * "(412) 422-2377", "1-866-506-5333", "408.974.6439 ext. 12", "+44 (0)20 7946 0958".
 */
export function findPhones(text: string): readonly Readonly<FoundPhone>[] {
  if (!MANY_DIGITS.test(text)) return [];
  let phones = readBefore.get(text);
  if (phones === undefined) {
    if (readBefore.size >= READ_BEFORE_MAX) readBefore.clear();
    phones = Object.freeze(readPhones(text).map((phone) => Object.freeze(phone)));
    readBefore.set(text, phones);
  }
  return phones;
}

function readPhones(text: string): FoundPhone[] {
  const phones: FoundPhone[] = [];
  let from = 0;
  scan: while (from < text.length) {
    for (const found of findPhoneNumbersInText(text.slice(from), { defaultCountry: DEFAULT_COUNTRY })) {
      const { number, ext } = found.number;
      const index = from + found.startsAt;
      const written = text.slice(index, from + found.endsAt);
      // A pause written as a comma ("412-422-2377, 412.422.2377") is the next number in a list, not an extension.
      if (ext !== undefined && !LABELLED_EXTENSION.test(written)) {
        const cut = written.replace(UNLABELLED_EXTENSION, '');
        phones.push({ text: cut, index, dial: number });
        from = index + cut.length;
        continue scan;
      }
      phones.push({ text: written, index, dial: ext === undefined ? number : `${number};ext=${ext}` });
    }
    break;
  }
  return phones;
}
