import { termOf, wordsOf } from './terms.js';

/** Longest query searched, in UTF-16 code units, as the form's `maxlength` counts them. */
export const MAX_QUERY_LENGTH = 200;
/** Most different terms one search looks for; the rest of a longer query is left out. */
export const MAX_TERMS = 6;
/** Results on one page. */
export const RESULTS_PER_PAGE = 10;
/** Highest page number read; beyond it no site has results. */
const MAX_PAGE_DIGITS = 6;

/** The query string's parameters, as the request has them (a repeated one: its first value). */
export interface SearchParameters {
  q: string | undefined;
  page: string | undefined;
}

/** What a request asks for, once read. */
export type SearchRequest =
  /** No query: the page that says what can be searched. */
  | { kind: 'prompt' }
  | { kind: 'too-long'; query: string }
  | { kind: 'bad-page'; query: string }
  | {
      kind: 'search';
      query: string;
      /** The query's terms, each once, in the order written, at most MAX_TERMS. */
      terms: string[];
      /** Each term as the query first writes it. */
      words: ReadonlyMap<string, string>;
      /** Terms the query had beyond MAX_TERMS, which were left out. */
      leftOut: number;
      page: number;
    };

export function readSearchRequest({ q, page }: SearchParameters): SearchRequest {
  const query = (q ?? '').trim();
  if (query === '') return { kind: 'prompt' };
  if (query.length > MAX_QUERY_LENGTH) return { kind: 'too-long', query };
  const number = page === undefined || page === '' ? 1 : pageNumber(page);
  if (number === null) return { kind: 'bad-page', query };
  const words = new Map<string, string>();
  for (const { word } of wordsOf(query)) {
    const term = termOf(word);
    if (term !== null && !words.has(term)) words.set(term, word);
  }
  const all = [...words.keys()];
  return { kind: 'search', query, terms: all.slice(0, MAX_TERMS), words, leftOut: Math.max(0, all.length - MAX_TERMS), page: number };
}

function pageNumber(text: string): number | null {
  return new RegExp(`^[1-9]\\d{0,${MAX_PAGE_DIGITS - 1}}$`).test(text) ? Number(text) : null;
}
