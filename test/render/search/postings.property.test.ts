import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedOnce, countIn, FIELDS, Postings, type Field } from '../../../src/render/search/postings.js';

/** What a postings list holds, in order: (release, counts) pairs. */
function pairsOf(postings: Postings): [number, number][] {
  return Array.from({ length: postings.size }, (_, index) => [postings.release(index), postings.counts(index)]);
}

const LIMIT: Readonly<Record<Field, number>> = { headline: 255, company: 255, body: 65_535 };

describe('Postings', () => {
  it('holds what was added and not deleted since, ascending by release, whatever the order of changes', () => {
    const change = fc.oneof(
      fc.record({ add: fc.nat({ max: 300 }), counts: fc.nat({ max: 0xffff_ffff }) }),
      fc.record({ remove: fc.nat({ max: 300 }) }),
    );
    fc.assert(fc.property(fc.array(change, { maxLength: 400 }), (changes) => {
      const postings = new Postings();
      const model = new Map<number, number>();
      for (const step of changes) {
        if ('add' in step) {
          // A release is added only while it does not hold the term, as the index does.
          if (model.has(step.add)) continue;
          postings.add(step.add, step.counts);
          model.set(step.add, step.counts);
        } else {
          expect(postings.delete(step.remove)).toBe(model.delete(step.remove));
        }
      }
      expect(pairsOf(postings)).toEqual([...model].sort(([a], [b]) => a - b));
    }));
  });

  it('packs each field\'s count apart, holding one at its largest rather than spilling into the next field', () => {
    const counting = fc.array(fc.constantFrom(...FIELDS), { maxLength: 600 });
    fc.assert(fc.property(counting, (fields) => {
      let counts = 0;
      for (const field of fields) counts = countedOnce(counts, field);
      for (const field of FIELDS) {
        const occurrences = fields.filter((each) => each === field).length;
        expect(countIn(counts, field)).toBe(Math.min(occurrences, LIMIT[field]));
      }
    }));
    let many = 0;
    for (let n = 0; n < 70_000; n += 1) many = countedOnce(many, 'body');
    expect([countIn(many, 'headline'), countIn(many, 'company'), countIn(many, 'body')]).toEqual([0, 0, 65_535]);
  });

  it('keeps its pairs through growing to a thousand releases, shrinking to ten and growing again', () => {
    const postings = new Postings();
    for (let release = 0; release < 1_000; release += 1) postings.add(release, release);
    for (let release = 0; release < 990; release += 1) postings.delete(release);
    expect(pairsOf(postings)).toEqual(Array.from({ length: 10 }, (_, index) => [990 + index, 990 + index]));
    for (let release = 0; release < 500; release += 1) postings.add(release, 7);
    expect(postings.size).toBe(510);
    expect(pairsOf(postings).slice(498, 502)).toEqual([[498, 7], [499, 7], [990, 990], [991, 991]]);
  });
});
