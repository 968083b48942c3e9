/** The fields of a release the index reads, in the order their counts are packed. */
export const FIELDS = ['headline', 'company', 'body'] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A term's counts in the three fields of one release, packed in 32 bits: the headline's in the
 * top 8, the company's in the next 8, the body's in the low 16. A count beyond what its bits
 * hold stays at their largest value, where a term's weight in BM25 has long stopped growing.
 */
const SHIFT: Readonly<Record<Field, number>> = { headline: 24, company: 16, body: 0 };
const MAX: Readonly<Record<Field, number>> = { headline: 0xff, company: 0xff, body: 0xffff };

/** `counts` with one more occurrence in `field`. */
export function countedOnce(counts: number, field: Field): number {
  return countIn(counts, field) === MAX[field] ? counts : counts + 2 ** SHIFT[field];
}

/** How often the term occurs in `field`, from its packed counts. */
export function countIn(counts: number, field: Field): number {
  return (counts >>> SHIFT[field]) & MAX[field];
}

/** Room for this many releases when a term is first met: most terms are in one or two. */
const FIRST_CAPACITY = 2;

/**
 * The releases holding one term, by their number in the index, ascending, each with its
 * packed counts. Kept as (number, counts) pairs in one typed array, outside V8's heap: about
 * 8 bytes a release instead of the maps of a general-purpose index, and nothing for the
 * garbage collector to trace.
 */
export class Postings {
  #pairs = new Uint32Array(2 * FIRST_CAPACITY);
  #size = 0;

  /** How many releases hold the term. */
  get size(): number {
    return this.#size;
  }

  /** The number of the `index`th release holding the term. */
  release(index: number): number {
    return this.#pairs[2 * index] ?? 0;
  }

  /** The packed counts of the `index`th release holding the term. */
  counts(index: number): number {
    return this.#pairs[2 * index + 1] ?? 0;
  }

  /** Records the term's counts in release `release`, which does not hold it yet. */
  add(release: number, counts: number): void {
    if (2 * this.#size === this.#pairs.length) this.#resize(2 * this.#pairs.length);
    // Releases are numbered in the order they are added, so this is mostly an append.
    const at = this.#size === 0 || release > this.release(this.#size - 1) ? this.#size : this.#find(release);
    this.#pairs.copyWithin(2 * at + 2, 2 * at, 2 * this.#size);
    this.#pairs[2 * at] = release;
    this.#pairs[2 * at + 1] = counts;
    this.#size += 1;
  }

  /** Forgets release `release`; false when it did not hold the term. */
  delete(release: number): boolean {
    const at = this.#find(release);
    if (at === this.#size || this.release(at) !== release) return false;
    this.#pairs.copyWithin(2 * at, 2 * at + 2, 2 * this.#size);
    this.#size -= 1;
    if (this.#pairs.length > 4 * FIRST_CAPACITY && 8 * this.#size <= this.#pairs.length) this.#resize(this.#pairs.length / 2);
    return true;
  }

  /** Where `release` is, or would be inserted: the first position not below it. */
  #find(release: number): number {
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.release(middle) < release) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #resize(length: number): void {
    const pairs = new Uint32Array(length);
    pairs.set(this.#pairs.subarray(0, 2 * this.#size));
    this.#pairs = pairs;
  }
}
