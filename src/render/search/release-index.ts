import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import type { LoadedRelease } from '../../content/site.js';
import { searchableOf } from './searchable.js';
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

const FIELDS = ['headline', 'company', 'body'];
/** A word in the headline says more about a release than the same word in its body. */
const BOOST = { headline: 3, company: 2, body: 1 };
/** Shorter terms would match a flood of words by their first letters. */
const MIN_PREFIX = 3;
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
  readonly #mini = new MiniSearch<IndexedDocument>({
    fields: FIELDS,
    idField: 'id',
    tokenize,
    processTerm: termOf,
  });
  readonly #ids = new WeakMap<LoadedRelease, number>();
  readonly #indexed = new Map<number, LoadedRelease>();
  #nextId = 0;
  #target: readonly LoadedRelease[] = [];
  #synced: readonly LoadedRelease[] = [];
  #catchingUp: Promise<void> | null = null;

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
   * The releases of `among` holding every term, best first (equal scores newest first). Each
   * term is also found by a near spelling (one letter off in five or more, two in nine or
   * more), and the last one also by its beginning (three letters or more), as it may have been
   * left unfinished. Numbers are found exactly. Only the last term is read as a beginning: a
   * short beginning stands for hundreds of words, and several of them would make one search
   * cost as much as thousands.
   */
  search(terms: readonly string[], among: ReadonlySet<LoadedRelease>): Hit[] {
    const last = terms.length - 1;
    const results = this.#mini.search(
      { combineWith: 'AND', queries: [...terms] },
      {
        // The terms come processed: a stem stemmed again could change.
        tokenize: (term) => [term],
        processTerm: (term) => term,
        prefix: (term, index) => index === last && term.length >= MIN_PREFIX && !isNumberTerm(term),
        fuzzy: fuzziness,
        boost: BOOST,
      },
    );
    const hits: Hit[] = [];
    for (const { id, score, terms: matched } of results) {
      const loaded = this.#indexed.get(id as number);
      if (loaded !== undefined && among.has(loaded)) hits.push({ loaded, score, terms: matched });
    }
    return hits.sort((a, b) => b.score - a.score || newerFirst(a.loaded, b.loaded));
  }

  async #catchUp(): Promise<void> {
    while (this.#synced !== this.#target) {
      const target = this.#target;
      const wanted = new Set(target);
      for (const [id, loaded] of this.#indexed) {
        if (wanted.has(loaded)) continue;
        this.#mini.discard(id);
        this.#indexed.delete(id);
      }
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
    this.#mini.add({ id, headline, company, body: passages.join('\n') });
    this.#indexed.set(id, loaded);
  }
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
