import type { Block, Release } from './model.js';

/** Placeholder reading: first line as headline, blank-line-separated paragraphs. */
export function parseRelease(text: string, _file: string): Release {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const body: Block[] = [];
  let start = -1;
  lines.forEach((l, i) => {
    if (i <= first) return;
    if (l.trim() !== '' && start === -1) start = i;
    if ((l.trim() === '' || i === lines.length - 1) && start !== -1) {
      const end = l.trim() === '' ? i : i + 1;
      body.push({ type: 'paragraph', line: start + 1, text: lines.slice(start, end).map((x) => x.trim()).join(' ') });
      start = -1;
    }
  });
  return {
    exhibit: null, banners: [], slugLine: null,
    headline: { line: first + 1, text: (lines[first] ?? '').trim() },
    subheadline: null, deskLine: null, issued: null, dateline: null, preamble: [],
    date: null, company: null, wire: null, ticker: null, releaseNumber: null,
    contactBlocks: [], body, safeHarbor: null, trailer: [], warnings: [],
  };
}
