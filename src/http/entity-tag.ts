import type { Encoding } from '../render/representation.js';

const SUFFIX: Readonly<Record<Encoding, string>> = { identity: '', br: '-br', gzip: '-gz' };

/**
 * The ETag of one encoding of a representation: each encoding is a different body, so each
 * needs its own strong tag. Accepts the representation's tag quoted or bare.
 */
export function entityTag(etag: string, encoding: Encoding): string {
  // The common case, a strong quoted tag, without a regular expression: this runs per request.
  if (etag.length > 1 && etag.startsWith('"') && etag.endsWith('"')) return `${etag.slice(0, -1)}${SUFFIX[encoding]}"`;
  const opaque = etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  return `"${opaque}${SUFFIX[encoding]}"`;
}
