import type { IncomingHttpHeaders } from 'node:http';
import fresh from 'fresh';
import type { Encoding, Representation } from '../render/representation.js';
import { acceptedEncodings } from './accept-encoding.js';
import { entityTag } from './entity-tag.js';

/** What to send for a request: decided here alone, whichever path answers. */
export interface Answer {
  status: number;
  /** The encoding of the body; for 304, of the variant the client holds. */
  encoding: Encoding;
  /** The ETag to send with it. */
  etag: string;
  /** The body; undefined for 304. */
  body: Buffer | undefined;
}

const ENCODINGS: readonly Encoding[] = ['br', 'gzip', 'identity'];

/**
 * The answer to a GET or HEAD for `representation`: the client's best accepted encoding among
 * those at hand (identity always is; a compressed body not yet produced is asked for and sent
 * to later clients), or 304 when the client holds any variant of it, by `If-None-Match`, else
 * `If-Modified-Since`, as `fresh` reads them. Conditional requests are answered for success
 * statuses only. Undefined when the body is still being produced (`identity` skips the wait).
 */
export function answerFor(
  headers: IncomingHttpHeaders,
  representation: Representation,
  status: number,
  produced?: Buffer,
): Answer | undefined {
  // The identity body is fetched only when it is needed: for the tag the first time, or to send.
  let identity = produced;
  const identityBody = (): Buffer | undefined => (identity ??= representation.body('identity'));
  if (representation.etag() === undefined && identityBody() === undefined) return undefined;
  const tag = representation.etag();
  if (tag === undefined) return undefined;
  let encoding: Encoding = 'identity';
  let body: Buffer | undefined;
  for (const candidate of acceptedEncodings(headers['accept-encoding'])) {
    body = candidate === 'identity' ? identityBody() : representation.body(candidate);
    if (body !== undefined) {
      encoding = candidate;
      break;
    }
  }
  body ??= identityBody();
  if (body === undefined) return undefined;
  const conditional = headers['if-none-match'] !== undefined || headers['if-modified-since'] !== undefined;
  if (conditional && status >= 200 && status < 300) {
    const lastModified = representation.lastModified ?? undefined;
    // The chosen variant first: a client holding it keeps the tag it will be sent.
    for (const held of [encoding, ...ENCODINGS.filter((other) => other !== encoding)]) {
      const etag = entityTag(tag, held);
      if (fresh(headers, { etag, 'last-modified': lastModified })) return { status: 304, encoding: held, etag, body: undefined };
    }
  }
  return { status, encoding, etag: entityTag(tag, encoding), body };
}
