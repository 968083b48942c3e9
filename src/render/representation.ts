import { createHash } from 'node:crypto';
import type { BodyCache } from './body-cache.js';
import type { Compress, Compressed, WorkQueue } from './compression.js';

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

/** Every response the content determines, keyed by URL path. */
export interface RenderedSite {
  resources: ReadonlyMap<string, Representation>;
  notFound: Representation;
  methodNotAllowed: Representation;
  serverError: Representation;
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
export function representations({ cache, compress, queue, maxWaiting }: Production): Represent {
  // Compressed bodies are keyed by what they compress, so a page rendered again to the same
  // bytes finds its compressed forms still there, whichever representation made them.
  const compressing = new Map<string, Promise<Buffer>>();
  const compressedKey = (etag: string, encoding: Compressed, contentType: string): string =>
    `${encoding} ${contentType} ${etag}`;

  function compressNow(key: string, identity: Buffer, encoding: Compressed, contentType: string): Promise<Buffer> {
    let pending = compressing.get(key);
    if (pending === undefined) {
      pending = queue
        .run(() => compress(identity, encoding, contentType))
        .then((body) => {
          cache.set(key, body);
          return body;
        })
        .finally(() => compressing.delete(key));
      compressing.set(key, pending);
    }
    return pending;
  }

  return (input) => {
    const { status, contentType, cacheControl } = input;
    const lastModified = input.lastModified ? httpDate(input.lastModified) : null;
    const given = input.body;
    const identityKey = Symbol('identity');
    let etag = Buffer.isBuffer(given) ? etagOf(given) : undefined;
    let rendering: Promise<Buffer> | null = null;
    // The keys of the compressed bodies, made once per tag rather than per request.
    let keysFor: string | undefined;
    let keys = { br: '', gzip: '' };
    const keyOf = (tag: string, encoding: Compressed): string => {
      if (keysFor !== tag) {
        keysFor = tag;
        keys = { br: compressedKey(tag, 'br', contentType), gzip: compressedKey(tag, 'gzip', contentType) };
      }
      return keys[encoding];
    };

    const keep = (body: Buffer): Buffer => {
      etag = etagOf(body);
      cache.set(identityKey, body);
      return body;
    };

    /** The identity body now, or the promise of it when its producer is asynchronous. */
    function identity(): Buffer | Promise<Buffer> {
      if (Buffer.isBuffer(given)) return given;
      const cached = cache.get(identityKey);
      if (cached !== undefined) return cached;
      if (rendering !== null) return rendering;
      const made = given();
      if (Buffer.isBuffer(made)) return keep(made);
      const pending = made.then(keep).finally(() => {
        rendering = null;
      });
      rendering = pending;
      return pending;
    }

    function identityAtHand(): Buffer | undefined {
      const now = identity();
      if (Buffer.isBuffer(now)) return now;
      // The request that started it is answered when it settles; a failure is reported there.
      now.catch(() => undefined);
      return undefined;
    }

    const representation: Representation = {
      status,
      contentType,
      cacheControl,
      lastModified,
      etag: () => etag,
      body(encoding) {
        if (encoding === 'identity') return identityAtHand();
        // With the tag known, a compressed body in memory is found without the identity body.
        const known = etag === undefined ? undefined : cache.get(keyOf(etag, encoding));
        if (known !== undefined) return known;
        const body = identityAtHand();
        if (body === undefined || etag === undefined) return undefined;
        const key = keyOf(etag, encoding);
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        if (!compressing.has(key) && (!queue.wouldWait() || queue.waiting() < maxWaiting)) {
          compressNow(key, body, encoding, contentType).catch(() => undefined);
        }
        return undefined;
      },
      async produced() {
        return identity();
      },
      async complete() {
        const body = await identity();
        const tag = etagOf(body);
        const compressed = (encoding: Compressed): Buffer | Promise<Buffer> => {
          const key = compressedKey(tag, encoding, contentType);
          return cache.get(key) ?? compressNow(key, body, encoding, contentType);
        };
        const [br, gzip] = await Promise.all([compressed('br'), compressed('gzip')]);
        return { identity: body, br, gzip };
      },
    };
    return representation;
  };
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
