import { createHash } from 'node:crypto';
import type { BodyCache } from './body-cache.js';
import type { Compress, Compressed, WorkQueue } from './compression.js';
import { scriptSource } from './json-ld.js';
import type { SiteSearch } from './search/site-search.js';

export type Encoding = 'identity' | Compressed;

/**
 * One response body and what describes it, produced when first asked for and kept in memory
 * within the body cache's budget; whatever was dropped is produced again, byte for byte.
 */
export interface Representation {
  readonly status: number;
  readonly contentType: string;
  readonly cacheControl: string;
  /** HTTP-date of the last change of what it was made from, when that is known; else null. */
  readonly lastModified: string | null;
  /** A page other sites may frame: those the site names (`FRAME_ANCESTORS`) are let do so. */
  readonly framable: boolean;
  /** The content security policy's `'sha256-…'` source for each inline script of the body; worked out once, when first asked for. */
  scriptSources(): readonly string[];
  /** Strong validator of the identity body, quoted; undefined until the body was first produced. */
  etag(): string | undefined;
  /**
   * The body in `encoding` if it is at hand now. The identity body is rendered on the spot when
   * its producer is synchronous. A compressed body that is not in memory is queued for
   * production and undefined returned: the caller answers in another encoding meanwhile.
   */
  body(encoding: Encoding): Buffer | undefined;
  /** The identity body, once produced (for bodies produced asynchronously). */
  produced(): Promise<Buffer>;
  /** Every encoding, produced now if need be. */
  complete(): Promise<Readonly<Record<Encoding, Buffer>>>;
}

/** A permanent redirect: `301` to `location`, a path on this site. */
export interface Redirect {
  location: string;
  cacheControl: string;
}

/** Every response the content determines, keyed by URL path. */
export interface RenderedSite {
  resources: ReadonlyMap<string, Representation>;
  /** Old and alternative addresses of resources, by URL path: none of them is a resource's. */
  redirects: ReadonlyMap<string, Redirect>;
  notFound: Representation;
  /** The not-found answer for a `.json` address, in JSON for the programs that ask for one. */
  notFoundJson: Representation;
  methodNotAllowed: Representation;
  serverError: Representation;
  /** Search over the same releases: its pages depend on the query, so they are made per request. */
  search: SiteSearch;
  /** `/embed/latest?limit=`: the list at each limit it takes, and the answer to any other. */
  latest: LatestEmbeds;
}

export interface LatestEmbeds {
  /** By limit, 1 to the largest; the one without a limit is also in `resources`. */
  byLimit: ReadonlyMap<number, Representation>;
  badLimit: Representation;
}

export interface RepresentationInput {
  status: number;
  contentType: string;
  cacheControl: string;
  lastModified?: Date | null;
  /**
   * The body, or how to produce it: called when the body is first needed and again after it
   * was dropped from memory, so it must give the same bytes every time.
   */
  body: Buffer | (() => Buffer | Promise<Buffer>);
  framable?: boolean;
  /** The text of each inline script the body holds, made from the same inputs as the body. */
  inlineScripts?: () => readonly string[];
}

export type Represent = (input: RepresentationInput) => Representation;

export interface Production {
  cache: BodyCache;
  compress: Compress;
  queue: WorkQueue;
  /** A compression a request asks for is not queued behind this many waiting ones (it is asked for again later). */
  maxWaiting: number;
}

/** Bytes of the SHA-256 digest kept in the ETag: 128 bits, ample against collisions. */
const ETAG_DIGEST_BYTES = 16;

/** Makes representations that share one body cache and one compression queue. */
export function representations(production: Production): Represent {
  const shared: Shared = { ...production, compressing: new Map() };
  return (input) => new LazyRepresentation(input, shared);
}

interface Shared extends Production {
  /** Compressions under way, by key: asked for twice, made once. */
  compressing: Map<string, Promise<Buffer>>;
}

/**
 * A class rather than closures: a site of ten thousand releases declares thirty thousand of
 * these on every content change, and most are never asked for.
 */
class LazyRepresentation implements Representation {
  readonly status: number;
  readonly contentType: string;
  readonly cacheControl: string;
  readonly framable: boolean;
  readonly #modified: Date | null;
  readonly #inlineScripts: (() => readonly string[]) | undefined;
  #scriptSources: readonly string[] | undefined;
  #lastModified: string | null | undefined;
  readonly #given: RepresentationInput['body'];
  readonly #shared: Shared;
  /** The identity body's key in the cache: this object, not the representation, which it would keep alive. */
  readonly #identityKey = {};
  #etag: string | undefined;
  #rendering: Promise<Buffer> | null = null;
  /** The keys of the compressed bodies, made once per tag rather than per request. */
  #keysFor: string | undefined;
  #keys = { br: '', gzip: '' };

  constructor(input: RepresentationInput, shared: Shared) {
    this.status = input.status;
    this.contentType = input.contentType;
    this.cacheControl = input.cacheControl;
    this.framable = input.framable ?? false;
    this.#modified = input.lastModified ?? null;
    this.#inlineScripts = input.inlineScripts;
    this.#given = input.body;
    this.#shared = shared;
    if (Buffer.isBuffer(input.body)) this.#etag = etagOf(input.body);
  }

  get lastModified(): string | null {
    this.#lastModified ??= this.#modified === null ? null : httpDate(this.#modified);
    return this.#lastModified;
  }

  etag(): string | undefined {
    return this.#etag;
  }

  scriptSources(): readonly string[] {
    this.#scriptSources ??= this.#inlineScripts === undefined ? [] : this.#inlineScripts().map(scriptSource);
    return this.#scriptSources;
  }

  body(encoding: Encoding): Buffer | undefined {
    if (encoding === 'identity') return this.#identityAtHand();
    // With the tag known, a compressed body in memory is found without the identity body.
    const known = this.#etag === undefined ? undefined : this.#shared.cache.get(this.#keyOf(this.#etag, encoding));
    if (known !== undefined) return known;
    const body = this.#identityAtHand();
    if (body === undefined || this.#etag === undefined) return undefined;
    const key = this.#keyOf(this.#etag, encoding);
    const cached = this.#shared.cache.get(key);
    if (cached !== undefined) return cached;
    const { compressing, queue, maxWaiting } = this.#shared;
    if (!compressing.has(key) && (!queue.wouldWait() || queue.waiting() < maxWaiting)) {
      this.#compress(key, body, encoding).catch(() => undefined);
    }
    return undefined;
  }

  async produced(): Promise<Buffer> {
    return this.#identity();
  }

  async complete(): Promise<Readonly<Record<Encoding, Buffer>>> {
    const body = await this.#identity();
    const tag = etagOf(body);
    const compressed = (encoding: Compressed): Buffer | Promise<Buffer> => {
      const key = this.#keyOf(tag, encoding);
      return this.#shared.cache.get(key) ?? this.#compress(key, body, encoding);
    };
    const [br, gzip] = await Promise.all([compressed('br'), compressed('gzip')]);
    return { identity: body, br, gzip };
  }

  /** The identity body now, or the promise of it when its producer is asynchronous. */
  #identity(): Buffer | Promise<Buffer> {
    const given = this.#given;
    if (Buffer.isBuffer(given)) return given;
    const cached = this.#shared.cache.get(this.#identityKey);
    if (cached !== undefined) return cached;
    if (this.#rendering !== null) return this.#rendering;
    const made = given();
    if (Buffer.isBuffer(made)) return this.#keep(made);
    const pending = made.then((body) => this.#keep(body)).finally(() => {
      this.#rendering = null;
    });
    this.#rendering = pending;
    return pending;
  }

  #identityAtHand(): Buffer | undefined {
    const now = this.#identity();
    if (Buffer.isBuffer(now)) return now;
    // The request that started it is answered when it settles; a failure is reported there.
    now.catch(() => undefined);
    return undefined;
  }

  #keep(body: Buffer): Buffer {
    this.#etag = etagOf(body);
    this.#shared.cache.set(this.#identityKey, body);
    return body;
  }

  #keyOf(tag: string, encoding: Compressed): string {
    if (this.#keysFor !== tag) {
      this.#keysFor = tag;
      // Keyed by what they compress, so a page rendered again to the same bytes finds its
      // compressed forms still there, whichever representation made them.
      this.#keys = { br: `br ${this.contentType} ${tag}`, gzip: `gzip ${this.contentType} ${tag}` };
    }
    return this.#keys[encoding];
  }

  #compress(key: string, identity: Buffer, encoding: Compressed): Promise<Buffer> {
    const { compressing, queue, compress, cache } = this.#shared;
    let pending = compressing.get(key);
    if (pending === undefined) {
      pending = queue
        .run(() => compress(identity, encoding, this.contentType))
        .then((body) => {
          cache.set(key, body);
          return body;
        })
        .finally(() => compressing.delete(key));
      compressing.set(key, pending);
    }
    return pending;
  }
}

/** A strong validator: quoted base64url of a SHA-256 prefix of the identity body. */
export function etagOf(body: Buffer): string {
  const digest = createHash('sha256').update(body).digest();
  return `"${digest.subarray(0, ETAG_DIGEST_BYTES).toString('base64url')}"`;
}

/** IMF-fixdate, to the second, as HTTP writes dates. */
export function httpDate(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString();
}
