import type { Encoding } from './accept-encoding.js';

const SUFFIX: Readonly<Record<Encoding, string>> = { identity: '', br: '-br', gzip: '-gz' };
const ENCODINGS = Object.keys(SUFFIX) as Encoding[];
const LISTED_TAG = /(?:W\/)?"[^"]*"/g;

/**
 * The ETag of one encoding of a representation: each encoding is a different body, so each
 * needs its own strong tag. Accepts the representation's tag quoted or bare.
 */
export function entityTag(etag: string, encoding: Encoding): string {
  const opaque = etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  return `"${opaque}${SUFFIX[encoding]}"`;
}

/**
 * When If-None-Match names a variant of this representation the client already holds, the tag
 * to send back with 304 (the one it holds, so its cache entry stays consistent); else null.
 * Comparison is weak, as RFC 9110 requires for If-None-Match.
 */
export function heldTag(ifNoneMatch: string | undefined, etag: string, chosen: Encoding): string | null {
  if (ifNoneMatch === undefined) return null;
  if (ifNoneMatch.trim() === '*') return entityTag(etag, chosen);
  const held = new Set((ifNoneMatch.match(LISTED_TAG) ?? []).map((tag) => tag.replace(/^W\//, '')));
  for (const encoding of [chosen, ...ENCODINGS.filter((other) => other !== chosen)]) {
    const tag = entityTag(etag, encoding);
    if (held.has(tag)) return tag;
  }
  return null;
}
