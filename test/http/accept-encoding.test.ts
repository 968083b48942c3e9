import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preferredEncoding, type Encoding } from '../../src/http/accept-encoding.js';

describe('preferredEncoding', () => {
  it.each<[string | undefined, Encoding]>([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['br, gzip, deflate', 'br'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['br;q=0.2, identity;q=0.8', 'identity'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['gzip;q=0, br;q=0, *;q=0', 'identity'],
    ['identity;q=0', 'identity'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['br ; Q=0.9 , gzip ; q=0.8', 'br'],
  ])('%j gives %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it('always gives one of the three encodings, whatever the header', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (header) => {
        expect(['br', 'gzip', 'identity']).toContain(preferredEncoding(header));
      }),
    );
  });

  it('never picks a coding the client gave weight 0', () => {
    const weight = fc.constantFrom('0', '0.0', '0.5', '1', '0.001');
    fc.assert(
      fc.property(weight, weight, weight, (br, gzip, identity) => {
        const chosen = preferredEncoding(`br;q=${br}, gzip;q=${gzip}, identity;q=${identity}`);
        const weights = { br: Number(br), gzip: Number(gzip), identity: Number(identity) };
        if (Math.max(...Object.values(weights)) > 0) {
          expect(weights[chosen]).toBe(Math.max(...Object.values(weights)));
        }
      }),
    );
  });
});
