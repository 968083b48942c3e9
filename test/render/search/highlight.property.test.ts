import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bestPassage, highlight, PASSAGE_WORDS, type Highlighted } from '../../../src/render/search/highlight.js';
import { termOf, wordsOf } from '../../../src/render/search/terms.js';
import { loadTemplates, type Templates } from '../../../src/render/templates.js';
import { DIRS } from '../fixtures/site.js';

/** Words a search may match, text that needs escaping, and every other character. */
const fragment = fc.oneof(
  fc.constantFrom('revenue', 'Revenues', 'REPORTED', 'report', 'café', 'Société', '1,234', 'the', 'Q4'),
  fc.constantFrom('<', '>', '&', '&amp;', '"', "'", '<mark>', '</mark>', '<script>alert(1)</script>', '<%= x %>'),
  fc.constantFrom(' ', '  ', '\n', '\t', '—', '…', '$', '.', ','),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const text = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));
/** What a query's words stand for in the index. */
const terms = fc.array(fc.oneof(text, fragment), { maxLength: 4 }).map((queries) =>
  new Set(queries.flatMap((query) => [...wordsOf(query)].map(({ word }) => termOf(word)).filter((term) => term !== null))));

let templates: Templates;
beforeAll(async () => {
  templates = await loadTemplates(DIRS.views);
});

/** The passage's markup as the results page renders it. */
function rendered(segments: Highlighted[]): string {
  const html = templates.search({
    heading: 'Search results', messages: [], link: null, pager: null,
    results: [{ href: '/releases/x', headline: { segments: [] }, date: null, company: null, passage: { before: false, segments, after: false } }],
  });
  return /<p class="passage">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
}

const collapse = (value: string): string => value.replace(/\s+/g, ' ');
/** What an HTML parser makes of text: line breaks as LF, and no NUL (a filing never has one: it is refused as binary). */
const parsed = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/\0/g, '');
const escaped = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

describe('highlight', () => {
  it('keeps the text whole and marks exactly the words whose terms were matched', () => {
    fc.assert(fc.property(text, terms, (value, matched) => {
      const runs = highlight(value, matched);
      expect(runs.map((run) => run.text).join('')).toBe(value);
      for (const run of runs) {
        if (run.marked) expect(matched.has(termOf(run.text) ?? '')).toBe(true);
        else for (const { word } of wordsOf(run.text)) expect(matched.has(termOf(word) ?? '')).toBe(false);
      }
    }));
  });

  it('renders as escaped text, with no markup but <mark> around each matched word', () => {
    fc.assert(fc.property(text, terms, (value, matched) => {
      const runs = highlight(value, matched);
      const html = templates.search({
        heading: 'Search results', messages: [], link: null, pager: null,
        results: [{ href: '/releases/x', headline: runs.length === 0 ? { segments: [] } : { segments: runs }, date: null, company: null, passage: null }],
      });
      const inner = /<h2><a href="\/releases\/x">([\s\S]*)<\/a><\/h2>/.exec(html)?.[1] ?? '';
      expect(inner).toBe(runs.map((run) => (run.marked ? `<mark>${escaped(run.text)}</mark>` : escaped(run.text))).join(''));
      expect(cheerio.load(`<h2>${inner}</h2>`)('h2').text()).toBe(parsed(value));
    }));
  });
});

describe('bestPassage', () => {
  it('shows text of the release, escaped, cut at words, with every matched word in it marked', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), terms, (passages, matched) => {
      const passage = bestPassage(passages, matched);
      const withWords = passages.filter((value) => [...wordsOf(value)].length > 0);
      if (withWords.length === 0) {
        expect(passage).toBeNull();
        return;
      }
      if (passage === null) throw new Error('no passage from text with words');
      const shown = passage.segments.map((run) => run.text).join('');
      expect(withWords.some((value) => collapse(value).includes(shown))).toBe(true);
      expect([...wordsOf(shown)].length).toBeLessThanOrEqual(PASSAGE_WORDS + 2);
      for (const run of passage.segments) {
        if (run.marked) expect(matched.has(termOf(run.text) ?? '')).toBe(true);
        else for (const { word } of wordsOf(run.text)) expect(matched.has(termOf(word) ?? '')).toBe(false);
      }
      const html = rendered(passage.segments);
      expect(html.replace(/<\/?mark>/g, '')).toBe(escaped(shown));
      expect(cheerio.load(`<p>${html}</p>`)('p').text()).toBe(parsed(shown));
    }));
  });

  it('shows a match when any passage has one, and the most different matched words it can', () => {
    const passages = [
      'Opening words of the release about nothing in particular at all.',
      'Revenue rose. '.repeat(40),
      `Filler ${'word '.repeat(50)} revenue and earnings both rose in the quarter.`,
    ];
    const passage = bestPassage(passages, new Set(['revenu', 'earn']));
    const shown = passage?.segments.filter((run) => run.marked).map((run) => run.text.toLowerCase());
    expect(new Set(shown)).toEqual(new Set(['revenue', 'earnings']));
    expect(passage?.before).toBe(true);
    expect(passage?.after).toBe(false);
  });
});
