import { performance } from 'node:perf_hooks';
import SearchableMap from 'minisearch/SearchableMap';
import type { LoadedRelease } from '../../content/site.js';
import { FIELDS, Postings, countedOnce, countIn, type Field } from './postings.js';
import { searchableOf, type Searchable } from './searchable.js';
import { isNumberTerm, termOf, tokenize } from './terms.js';

/** A release the search found, and the indexed terms it was found by. */
export interface Hit {
  loaded: LoadedRelease;
  score: number;
  /** Terms of the release's text that matched, exactly, by prefix or by a near spelling. */
  terms: readonly string[];
}

export interface Found {
  /** Best first; equal scores newest first. */
  hits: Hit[];
  /** Terms of the query left out, being in so many releases that searching them would cost too much for what they tell. */
  skipped: string[];
}

/** A word of the index that stands for a term of a query, and how much a match on it counts. */
interface Source {
  word: string;
  weight: number;
  postings: Postings;
}

/** How one term of a query is looked for, and what that costs. */
interface TermPlan {
  term: string;
  /** The term itself when the index holds it, then the words it stands for. */
  sources: Source[];
  /** Releases holding the term, or a word it stands for: the work of looking it up. */
  postings: number;
}

/** What a release found so far has scored, and by which words. */
interface Match {
  score: number;
  words: string[];
}

/** A word in the headline says more about a release than the same word in its body. */
const BOOST: Readonly<Record<Field, number>> = { headline: 3, company: 2, body: 1 };
/**
 * BM25+ (Lv and Zhai): `k` is how soon more occurrences stop counting, `b` how much a long
 * field dilutes them, `d` the floor every match gets. The values are MiniSearch's, which the
 * index used before it kept its own postings.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A word found by the term as its beginning, or by a near spelling, counts for less than the term itself. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Shorter terms would match a flood of words by their first letters. */
const MIN_PREFIX = 3;
/**
 * Most (release, term) pairs one search scores, whatever the site's size: a term held by
 * thousands of releases tells little and costs much. The terms held by the fewest releases
 * are searched first; the rarest one always is.
 */
export const MAX_POSTINGS = 12_000;
/**
 * Longest the index holds the event loop while it takes in releases: then it lets requests
 * through before going on.
 */
const SLICE_MS = 8;

/**
 * Every published release's words, kept across content changes and brought up to date with
 * each new site: the releases that left are dropped, new or changed ones (new objects) added,
 * a few milliseconds at a time, so that building it for ten thousand releases never stalls
 * the server. A release is one document for as long as it is the same object.
 *
 * The words are in MiniSearch's radix tree, which finds them by their beginning or a near
 * spelling; each word's releases are `Postings`, typed arrays outside V8's heap.
 */
export class ReleaseIndex {
  readonly #maxPostings: number;
  readonly #sliceMs: number;
  readonly #words = new SearchableMap<Postings>();
  /** Each release held, by its number; numbers of releases that left are given again. */
  readonly #numbers = new Map<LoadedRelease, number>();
  readonly #releases: (LoadedRelease | undefined)[] = [];
  readonly #freeNumbers: number[] = [];
  /** Terms in each field of each release, by number: BM25 weighs a match in a long field less. */
  #lengths = new Uint32Array(FIELDS.length * 1024);
  readonly #totalLengths = FIELDS.map(() => 0);
  #target: readonly LoadedRelease[] = [];
  #synced: readonly LoadedRelease[] = [];
  #catchingUp: Promise<void> | null = null;

  constructor({ maxPostings = MAX_POSTINGS, sliceMs = SLICE_MS }: { maxPostings?: number; sliceMs?: number } = {}) {
    this.#maxPostings = maxPostings;
    this.#sliceMs = sliceMs;
  }

  /**
   * Makes the index hold `releases` (and nothing else), after any change asked for before.
   * Resolves once it holds them, or the releases of a later call, whichever it reached.
   */
  sync(releases: readonly LoadedRelease[]): Promise<void> {
    this.#target = releases;
    if (this.#synced === releases && this.#catchingUp === null) return Promise.resolve();
    this.#catchingUp ??= this.#catchUp().finally(() => {
      this.#catchingUp = null;
    });
    return this.#catchingUp;
  }

  /** Releases held now. */
  get size(): number {
    return this.#numbers.size;
  }

  /**
   * The releases of `among` holding every term. Each term is also found by a near spelling
   * when no release holds it as written (one letter off in five or more, two in nine or
   * more), and the last one also by its beginning (three letters or more), as it may have
   * been left unfinished; numbers only exactly. Only the last term is read as a beginning:
   * a short beginning stands for hundreds of words. Beyond `maxPostings`, the terms held by
   * the most releases are left out. Scores are BM25+ over each field, boosted by field.
   */
  search(terms: readonly string[], among: ReadonlySet<LoadedRelease>): Found {
    const plans = terms.map((term, index) => this.#plan(term, index === terms.length - 1));
    // A term found nowhere, even by a near spelling, leaves nothing to find.
    if (plans.some((plan) => plan.postings === 0)) return { hits: [], skipped: [] };
    const kept: TermPlan[] = [];
    let postings = 0;
    for (const plan of [...plans].sort((a, b) => a.postings - b.postings)) {
      if (kept.length > 0 && postings + plan.postings > this.#maxPostings) continue;
      kept.push(plan);
      postings += plan.postings;
    }
    // The rarest term first: each next one only scores the releases every earlier one found.
    let found: Map<number, Match> | null = null;
    for (const plan of kept) {
      const next = new Map<number, Match>();
      for (const source of plan.sources) this.#score(source, found, next);
      found = next;
    }
    const hits: Hit[] = [];
    for (const [number, { score, words }] of found ?? []) {
      const loaded = this.#releases[number];
      if (loaded !== undefined && among.has(loaded)) hits.push({ loaded, score, terms: words });
    }
    return {
      hits: hits.sort((a, b) => b.score - a.score || newerFirst(a.loaded, b.loaded)),
      skipped: terms.filter((term) => !kept.some((plan) => plan.term === term)),
    };
  }

  #plan(term: string, last: boolean): TermPlan {
    const exact = this.#words.get(term);
    const sources: Source[] = exact === undefined ? [] : [{ word: term, weight: 1, postings: exact }];
    const prefix = last && term.length >= MIN_PREFIX && !isNumberTerm(term);
    if (prefix) {
      for (const [word, postings] of this.#words.atPrefix(term)) {
        // Weighed less the more letters the word adds to the term.
        if (word !== term) sources.push({ word, weight: (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (word.length - term.length)), postings });
      }
    }
    const fuzzy = exact === undefined ? fuzziness(term) : false;
    if (fuzzy !== false) {
      for (const [word, [postings, distance]] of this.#words.fuzzyGet(term, fuzzy)) {
        // A word that begins with the term already counts as its beginning.
        if (!(prefix && word.startsWith(term))) sources.push({ word, weight: (FUZZY_WEIGHT * word.length) / (word.length + distance), postings });
      }
    }
    return { term, sources, postings: sources.reduce((sum, source) => sum + source.postings.size, 0) };
  }

  /** Adds the score of `source`'s releases to `next`, only for those in `found` when it is given. */
  #score({ word, weight, postings }: Source, found: ReadonlyMap<number, Match> | null, next: Map<number, Match>): void {
    const releases = this.#numbers.size;
    for (const [field, f] of FIELDS.entries()) {
      let holding = 0;
      for (let i = 0; i < postings.size; i += 1) if (countIn(postings.counts(i), f) > 0) holding += 1;
      if (holding === 0) continue;
      const fieldWeight = weight * BOOST[f] * rarity(holding, releases);
      const averageLength = (this.#totalLengths[field] ?? 0) / releases;
      for (let i = 0; i < postings.size; i += 1) {
        const count = countIn(postings.counts(i), f);
        if (count === 0) continue;
        const number = postings.release(i);
        const earlier = found === null ? undefined : found.get(number);
        if (found !== null && earlier === undefined) continue;
        const length = this.#lengths[FIELDS.length * number + field] ?? 0;
        const score = fieldWeight * saturation(count, length / averageLength);
        let match = next.get(number);
        if (match === undefined) {
          match = { score: earlier?.score ?? 0, words: earlier === undefined ? [] : [...earlier.words] };
          next.set(number, match);
        }
        match.score += score;
        if (!match.words.includes(word)) match.words.push(word);
      }
    }
  }

  async #catchUp(): Promise<void> {
    while (this.#synced !== this.#target) {
      const target = this.#target;
      const wanted = new Set(target);
      for (const loaded of this.#numbers.keys()) if (!wanted.has(loaded)) this.#remove(loaded);
      let sliceEnd = performance.now() + this.#sliceMs;
      for (const loaded of target) {
        if (this.#target !== target) break;
        if (this.#numbers.has(loaded)) continue;
        if (performance.now() > sliceEnd) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceEnd = performance.now() + this.#sliceMs;
          // A newer site may have come meanwhile, or this release may have left with it.
          if (this.#target !== target) break;
        }
        this.#add(loaded);
      }
      if (this.#target === target) this.#synced = target;
    }
  }

  #add(loaded: LoadedRelease): void {
    const number = this.#freeNumbers.pop() ?? this.#releases.length;
    this.#releases[number] = loaded;
    this.#numbers.set(loaded, number);
    if (FIELDS.length * (number + 1) > this.#lengths.length) {
      const lengths = new Uint32Array(2 * this.#lengths.length);
      lengths.set(this.#lengths);
      this.#lengths = lengths;
    }
    const { counts, lengths } = termCounts(searchableOf(loaded));
    for (const [field, length] of lengths.entries()) {
      this.#lengths[FIELDS.length * number + field] = length;
      this.#totalLengths[field] = (this.#totalLengths[field] ?? 0) + length;
    }
    for (const [term, count] of counts) {
      let postings = this.#words.get(term);
      if (postings === undefined) {
        postings = new Postings();
        this.#words.set(term, postings);
      }
      postings.add(number, count);
    }
  }

  #remove(loaded: LoadedRelease): void {
    const number = this.#numbers.get(loaded);
    if (number === undefined) return;
    // The release is unchanged since it was added, so its terms are read again the same.
    for (const term of termCounts(searchableOf(loaded)).counts.keys()) {
      const postings = this.#words.get(term);
      if (postings === undefined) continue;
      postings.delete(number);
      if (postings.size === 0) this.#words.delete(term);
    }
    for (const field of FIELDS.keys()) {
      this.#totalLengths[field] = (this.#totalLengths[field] ?? 0) - (this.#lengths[FIELDS.length * number + field] ?? 0);
    }
    this.#numbers.delete(loaded);
    this.#releases[number] = undefined;
    this.#freeNumbers.push(number);
  }
}

/** BM25's inverse document frequency: a term held by few of the releases tells more. */
function rarity(holding: number, releases: number): number {
  return Math.log(1 + (releases - holding + 0.5) / (holding + 0.5));
}

/** BM25+'s weight of `count` occurrences in a field `relativeLength` times as long as the average. */
function saturation(count: number, relativeLength: number): number {
  return BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + BM25.b * relativeLength));
}

/** A release's indexed terms, each with its packed counts by field, and each field's length in terms. */
function termCounts({ headline, company, passages }: Searchable): { counts: Map<string, number>; lengths: number[] } {
  const texts: Record<Field, string> = { headline, company, body: passages.join('\n') };
  const counts = new Map<string, number>();
  const lengths = FIELDS.map((field) => {
    let length = 0;
    for (const word of tokenize(texts[field])) {
      const term = termOf(word);
      if (term === null) continue;
      length += 1;
      counts.set(term, countedOnce(counts.get(term) ?? 0, field));
    }
    return length;
  });
  return { counts, lengths };
}

/** One letter wrong in a word of five or more, two in one of nine or more; numbers exactly. */
function fuzziness(term: string): number | false {
  if (isNumberTerm(term) || term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

function newerFirst(a: LoadedRelease, b: LoadedRelease): number {
  const left = a.meta.date ?? '';
  const right = b.meta.date ?? '';
  return left < right ? 1 : left > right ? -1 : 0;
}
