import Negotiator from 'negotiator';
import type { Encoding } from '../render/representation.js';

/** Ties between equally weighted encodings go to the smaller body. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity'];
/** Clients send few distinct headers; this many are remembered, parsed. */
const REMEMBERED = 256;
const remembered = new Map<string, readonly Encoding[]>();

/**
 * The encodings an Accept-Encoding header accepts, best first (by its weights, then smallest
 * body first), as Express negotiates them. Without the header, identity only: a client that
 * says nothing (curl, say) may decode nothing. Empty when the client refuses even identity.
 */
export function acceptedEncodings(header: string | undefined): readonly Encoding[] {
  const key = header ?? '';
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const negotiator = new Negotiator({ headers: header === undefined ? {} : { 'accept-encoding': header } });
  const accepted = negotiator.encodings(PREFERENCE, { preferred: PREFERENCE }).filter(isEncoding);
  if (remembered.size < REMEMBERED) remembered.set(key, accepted);
  return accepted;
}

function isEncoding(name: string): name is Encoding {
  return (PREFERENCE as readonly string[]).includes(name);
}
