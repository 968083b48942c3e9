import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/release/content-error.js';
import { firstUnfaithfulLine } from '../../src/release/fidelity.js';
import { sourceLines } from '../../src/release/lines/source-lines.js';
import { parseRelease, releaseAsFiled } from '../../src/release/parse.js';

const FALLBACK = /could not be read faithfully/;

const word = fc.stringMatching(/^[a-z]{2,10}$/).filter((w) => !/^(?:[ivx]+|or|and)$/.test(w));
const capitalised = word.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`);
const sentence = fc.tuple(capitalised, fc.array(word, { minLength: 4, maxLength: 16 })).map(([first, rest]) => `${first} ${rest.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 2, maxLength: 5 }).map((s) => s.join(' '));
const headline = fc.array(capitalised, { minLength: 3, maxLength: 9 }).map((words) => words.join(' '));
const city = fc.constantFrom('NEW YORK', 'JAMESTOWN', 'San Jose', 'ATLANTA', 'ST. LOUIS');
const date = fc.record({ year: fc.integer({ min: 1995, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  return [...lines, line].join('\n');
}

const release = fc.record({
  exhibit: fc.boolean(),
  contact: fc.boolean(),
  headline,
  city,
  date,
  lead: paragraph,
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
  safeHarbor: fc.option(paragraph, { nil: null }),
  width: fc.integer({ min: 64, max: 80 }),
});

type Generated = typeof release extends fc.Arbitrary<infer T> ? T : never;

function filing(r: Generated): string {
  const when = `${MONTHS[r.date.month - 1] ?? 'May'} ${r.date.day}, ${r.date.year}`;
  return [
    ...(r.exhibit ? ['Exhibit 99.1', ''] : []),
    ...(r.contact ? ['Contact: Jane Q. Doe', 'Phone: (212) 555-0100', 'jane@example.com', ''] : []),
    r.headline,
    '',
    wrap(`${r.city} -- ${when} -- ${r.lead}`, r.width),
    '',
    ...r.paragraphs.flatMap((p) => [wrap(p, r.width), '']),
    ...(r.safeHarbor === null ? [] : ['Forward-Looking Statements', '', wrap(r.safeHarbor, r.width), '']),
    '###',
  ].join('\n');
}

describe('fidelity', () => {
  it('reads generated releases structurally, and faithfully', () => {
    fc.assert(
      fc.property(release, (r) => {
        const text = filing(r);
        const read = parseRelease(text, 'generated.txt');
        expect(read.warnings.map((w) => w.code)).not.toContain('read-as-filed');
        expect(firstUnfaithfulLine(sourceLines(text), read)).toBeNull();
        expect(read.headline?.text).toBe(r.headline);
        expect(read.date).toBe(`${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`);
        expect(read.body.filter((b) => b.type === 'paragraph')).toHaveLength(1 + r.paragraphs.length);
        expect(read.safeHarbor?.heading ?? null).toBe(r.safeHarbor === null ? null : 'Forward-Looking Statements');
        expect(read.contactBlocks.flatMap((b) => b.contacts).map((c) => c.name)).toEqual(r.contact ? ['Jane Q. Doe'] : []);
      }),
      { numRuns: 200 },
    );
  });

  it('loses and invents nothing, whatever the text', () => {
    const line = fc.oneof(fc.string({ maxLength: 90 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom('', '<PAGE>', '###', '- more -', '   Exhibit 99.1', 'Contact:', '(BW) (NASDAQ:XYZ)', 'Safe Harbor'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        try {
          const read = parseRelease(text, 'any.txt');
          expect(firstUnfaithfulLine(sourceLines(text), read)).toBeNull();
          expect(read.warnings.map((w) => w.code)).not.toContain('read-as-filed');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the filing as laid out, which holds every character', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 30 }), (lines) => {
        const source = sourceLines(lines.join('\n'));
        fc.pre(source.some((line) => line.text.trim() !== ''));
        const read = releaseAsFiled(source, 1);
        expect(firstUnfaithfulLine(source, read)).toBeNull();
        expect(read.warnings).toEqual([{ line: 1, code: 'read-as-filed', reason: expect.stringMatching(FALLBACK) as unknown }]);
      }),
    );
  });
});
