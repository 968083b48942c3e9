import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings } from '../../src/http/accept-encoding.js';
import type { Encoding } from '../../src/render/representation.js';

describe('acceptedEncodings', () => {
  it.each<[string | undefined, Encoding[]]>([
    [undefined, ['identity']],
    ['', ['identity']],
    ['gzip', ['gzip', 'identity']],
    ['gzip, br', ['br', 'gzip', 'identity']],
    ['gzip, deflate, br, zstd', ['br', 'gzip', 'identity']],
    ['GZIP', ['gzip', 'identity']],
    ['br;q=0, gzip', ['gzip', 'identity']],
    ['gzip;q=1, br;q=0.5', ['gzip', 'br', 'identity']],
    ['gzip;q=0.5, br;q=0.5', ['br', 'gzip', 'identity']],
    ['br;q=0.2, identity;q=0.8', ['identity', 'br']],
    ['deflate', ['identity']],
    ['*', ['br', 'gzip', 'identity']],
    ['*;q=0.5, br;q=0', ['gzip', 'identity']],
    ['gzip;q=0, br;q=0, *;q=0', []],
    ['identity;q=0', []],
    ['br ; Q=0.9 , gzip ; q=0.8', ['br', 'gzip', 'identity']],
  ])('%j accepts %j', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });

  it('gives encodings this server has, each once, whatever the header', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (header) => {
        const accepted = acceptedEncodings(header);
        expect(new Set(accepted).size).toBe(accepted.length);
        for (const encoding of accepted) expect(['br', 'gzip', 'identity']).toContain(encoding);
      }),
    );
  });

  it('never accepts a coding the client gave weight 0, and puts the heaviest first', () => {
    const weight = fc.constantFrom('0', '0.0', '0.5', '1', '0.001');
    fc.assert(
      fc.property(weight, weight, weight, (br, gzip, identity) => {
        const weights = { br: Number(br), gzip: Number(gzip), identity: Number(identity) };
        const accepted = acceptedEncodings(`br;q=${br}, gzip;q=${gzip}, identity;q=${identity}`);
        for (const encoding of accepted) expect(weights[encoding]).toBeGreaterThan(0);
        const [best] = accepted;
        if (best !== undefined) expect(weights[best]).toBe(Math.max(...Object.values(weights)));
      }),
    );
  });
});
