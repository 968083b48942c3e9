import { FiledBytes } from '../../../src/content/filed-bytes.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrontMatter } from '../../../src/content/front-matter/read.js';
import { releaseMeta } from '../../../src/content/release-meta.js';
import type { LoadedRelease } from '../../../src/content/site.js';
import { parseRelease } from '../../../src/release/parse.js';
import { frontMatter } from '../../content/entries.js';

const CORPUS = path.join(import.meta.dirname, '../../fixtures/corpus');

/** A release read from `text` as the content store reads a file, its slug made from its name. */
export function loadedOf(file: string, text: string, front: Partial<Omit<FrontMatter, 'lines'>> = {}): LoadedRelease {
  const release = parseRelease(text, file);
  const slug = file.replace(/\.txt$/, '');
  return {
    slug,
    file,
    source: FiledBytes.of(new TextEncoder().encode(text)),
    release,
    meta: releaseMeta(release, frontMatter(front)),
    origin: { file, slug },
    modified: new Date('2025-01-01T00:00:00Z'),
  };
}

/** A short filing: a headline, a dateline naming the company, and the given paragraphs. */
export function filing(headline: string, company: string, date: string, ...paragraphs: string[]): string {
  const [lead = '', ...rest] = paragraphs;
  return [headline, '', `ATLANTA, Ga., ${date} -- ${company} ${lead}`, '', ...rest.flatMap((paragraph) => [paragraph, '']), '###', ''].join('\n');
}

/** The real filings of the test corpus. */
export function corpus(): LoadedRelease[] {
  return ['american-locker-2004-05.txt', 'apple-1999-shareholder-settlement.txt', 'cisco-1995-combinet-agreement.txt', 'southern-2005-q4-earnings.txt'].map((file) =>
    loadedOf(file, readFileSync(path.join(CORPUS, file), 'utf8')));
}
