import { readableDate } from '../readable-date.js';

export interface DateView {
  /** YYYY-MM-DD, for `<time datetime>`. */
  iso: string;
  /** The date as the text around it writes it. */
  text: string;
}

/** Text with the date it states marked out, so the page can wrap that part in `<time>`. */
export interface DatedTextView {
  before: string;
  date: DateView | null;
  after: string;
}

export function datedText(text: string, dateText: string | null, iso: string | null): DatedTextView {
  const at = dateText === null || iso === null ? -1 : text.indexOf(dateText);
  if (dateText === null || iso === null || at === -1) return { before: text, date: null, after: '' };
  return {
    before: text.slice(0, at),
    date: { iso, text: dateText },
    after: text.slice(at + dateText.length),
  };
}

/** A date as lists and links show it ("October 13, 2004"); null stays null (undated). */
export function dateView(iso: string | null): DateView | null {
  return iso === null ? null : { iso, text: readableDate(iso) };
}
