import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { LoadedRelease } from '../../content/site.js';
import { searchableOf, type Searchable } from './searchable.js';
import { isNumberTerm, termOf, tokenize } from './terms.js';

interface IndexedDocument {
  id: number;
  headline: string;
  company: string;
  body: string;
}

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

/** How one term of a query is looked for, and what that costs. */
interface TermPlan {
  term: string;
  prefix: boolean;
  fuzzy: number | false;
  /** Releases holding the term, or a word it stands for: the work of looking it up. */
  postings: number;
}

const FIELDS = ['headline', 'company', 'body'];
/** A word in the headline says more about a release than the same word in its body. */
const BOOST = { headline: 3, company: 2, body: 1 };
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
 */
export class ReleaseIndex {
  readonly #maxPostings: number;
  readonly #mini = new MiniSearch<IndexedDocument>({
    fields: FIELDS,
    idField: 'id',
    tokenize,
    processTerm: (word) => {
      const term = termOf(word);
      if (term !== null) this.#adding?.add(term);
      return term;
    },
  });
  /** How many releases hold each term: what a term costs to search, and which words exist. */
  readonly #releasesWith = new SearchableMap<number>();
  /** The terms of the release being added. */
  #adding: Set<string> | null = null;
  readonly #ids = new WeakMap<LoadedRelease, number>();
  readonly #indexed = new Map<number, LoadedRelease>();
  #nextId = 0;
  #target: readonly LoadedRelease[] = [];
  #synced: readonly LoadedRelease[] = [];
  #catchingUp: Promise<void> | null = null;

  constructor({ maxPostings = MAX_POSTINGS }: { maxPostings?: number } = {}) {
    this.#maxPostings = maxPostings;
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
    return this.#indexed.size;
  }

  /**
   * The releases of `among` holding every term. Each term is also found by a near spelling
   * when no release holds it as written (one letter off in five or more, two in nine or
   * more), and the last one also by its beginning (three letters or more), as it may have
   * been left unfinished; numbers only exactly. Only the last term is read as a beginning:
   * a short beginning stands for hundreds of words. Beyond `maxPostings`, the terms held by
   * the most releases are left out.
   */
  search(terms: readonly string[], among: ReadonlySet<LoadedRelease>): Found {
    const plans = terms.map((term, index) => this.#plan(term, index === terms.length - 1));
    // A term found nowhere, even by a near spelling, leaves nothing to find.
    if (plans.some((plan) => plan.postings === 0)) return { hits: [], skipped: [] };
    const kept = new Map<string, TermPlan>();
    let postings = 0;
    for (const plan of [...plans].sort((a, b) => a.postings - b.postings)) {
      if (kept.size > 0 && postings + plan.postings > this.#maxPostings) continue;
      kept.set(plan.term, plan);
      postings += plan.postings;
    }
    const results = this.#mini.search(
      { combineWith: 'AND', queries: terms.filter((term) => kept.has(term)) },
      {
        // The terms come processed: a stem stemmed again could change.
        tokenize: (term) => [term],
        processTerm: (term) => term,
        prefix: (term) => kept.get(term)?.prefix ?? false,
        fuzzy: (term) => kept.get(term)?.fuzzy ?? false,
        boost: BOOST,
      },
    );
    const hits: Hit[] = [];
    for (const { id, score, terms: matched } of results) {
      const loaded = this.#indexed.get(id as number);
      if (loaded !== undefined && among.has(loaded)) hits.push({ loaded, score, terms: matched });
    }
    return {
      hits: hits.sort((a, b) => b.score - a.score || newerFirst(a.loaded, b.loaded)),
      skipped: terms.filter((term) => !kept.has(term)),
    };
  }

  #plan(term: string, last: boolean): TermPlan {
    const exact = this.#releasesWith.get(term) ?? 0;
    const prefix = last && term.length >= MIN_PREFIX && !isNumberTerm(term);
    const fuzzy = exact === 0 ? fuzziness(term) : false;
    let postings = exact;
    if (prefix) for (const [word, count] of this.#releasesWith.atPrefix(term)) if (word !== term) postings += count;
    if (fuzzy !== false) for (const [word, [count]] of this.#releasesWith.fuzzyGet(term, fuzzy)) if (word !== term) postings += count;
    return { term, prefix, fuzzy, postings };
  }

  async #catchUp(): Promise<void> {
    while (this.#synced !== this.#target) {
      const target = this.#target;
      const wanted = new Set(target);
      for (const [id, loaded] of this.#indexed) if (!wanted.has(loaded)) this.#remove(id, loaded);
      let sliceEnd = performance.now() + SLICE_MS;
      for (const loaded of target) {
        if (this.#target !== target) break;
        if (this.#holds(loaded)) continue;
        if (performance.now() > sliceEnd) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceEnd = performance.now() + SLICE_MS;
          // A newer site may have come meanwhile, or this release may have left with it.
          if (this.#target !== target) break;
        }
        this.#add(loaded);
      }
      if (this.#target === target) this.#synced = target;
    }
  }

  #holds(loaded: LoadedRelease): boolean {
    const id = this.#ids.get(loaded);
    return id !== undefined && this.#indexed.has(id);
  }

  #add(loaded: LoadedRelease): void {
    let id = this.#ids.get(loaded);
    if (id === undefined) {
      id = this.#nextId++;
      this.#ids.set(loaded, id);
    }
    const { headline, company, passages } = searchableOf(loaded);
    const terms = new Set<string>();
    this.#adding = terms;
    try {
      this.#mini.add({ id, headline, company, body: passages.join('\n') });
    } finally {
      this.#adding = null;
    }
    for (const term of terms) this.#releasesWith.update(term, (count = 0) => count + 1);
    this.#indexed.set(id, loaded);
  }

  #remove(id: number, loaded: LoadedRelease): void {
    this.#mini.discard(id);
    this.#indexed.delete(id);
    // The release is unchanged since it was added, so its terms are read again the same.
    for (const term of termsOf(searchableOf(loaded))) {
      const count = (this.#releasesWith.get(term) ?? 1) - 1;
      if (count > 0) this.#releasesWith.set(term, count);
      else this.#releasesWith.delete(term);
    }
  }
}

function termsOf({ headline, company, passages }: Searchable): Set<string> {
  const terms = new Set<string>();
  for (const text of [headline, company, ...passages]) {
    for (const word of tokenize(text)) {
      const term = termOf(word);
      if (term !== null) terms.add(term);
    }
  }
  return terms;
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
