export type Encoding = 'br' | 'gzip' | 'identity';

/** Best first: brotli is smallest, gzip next, identity always on hand. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity'];
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Picks the encoding to send for an Accept-Encoding header: the listed one with the highest
 * weight, ties going to the smaller body; identity when no compression is listed. Without the
 * header, identity: a client that says nothing (curl, say) may not decode anything. When the
 * client refuses everything, identity as well, which RFC 9110 allows.
 */
export function preferredEncoding(header: string | undefined): Encoding {
  if (header === undefined) return 'identity';
  const weights = parseWeights(header);
  const any = weights.get('*');
  const weightOf = (encoding: Encoding): number =>
    weights.get(encoding) ??
    (encoding === 'gzip' ? weights.get('x-gzip') : undefined) ??
    any ??
    0;

  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
}

/** Coding name (lowercase) to weight; entries with a malformed weight are left out. */
function parseWeights(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [name = '', ...params] = entry.split(';').map((part) => part.trim());
    const coding = name.toLowerCase();
    if (coding === '' || weights.has(coding)) continue;
    const q = params.find((param) => /^q\s*=/i.test(param));
    const value = q === undefined ? '1' : q.replace(/^q\s*=\s*/i, '');
    if (QVALUE.test(value)) weights.set(coding, Number(value));
  }
  return weights;
}
