import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../src/release/recognisers/web-addresses.js';
import { findPhones } from '../../../src/release/recognisers/phones.js';

describe('findPhones', () => {
  it.each([
    ['Phone: (412) 422-2377', '(412) 422-2377', '+14124222377'],
    ['404-506-5333 or 1-866-506-5333', '404-506-5333', '+14045065333'],
    ['call 408.974.6439 today', '408.974.6439', '+14089746439'],
    ['Tel +44 (0)20 7946 0958', '+44 (0)20 7946 0958', '+442079460958'],
    ['(212) 555-0100 ext. 24', '(212) 555-0100 ext. 24', '+12125550100;ext=24'],
  ])('finds the number in %s', (text, written, dial) => {
    expect(findPhones(text)[0]).toMatchObject({ text: written, dial });
  });

  it('finds both numbers of a pair', () => {
    expect(findPhones('404-506-5333 or 1-866-506-5333').map((p) => p.dial)).toEqual(['+14045065333', '+18665065333']);
  });

  it.each(['Release No: 2004-05', 'earnings of $1.53 billion, or $2.07', 'through February 28, 2005', '61,342, or 1.5 percent', 'SEC File No. 0-12345', '$2,720.5 million'])(
    'finds no number in %s',
    (text) => {
      expect(findPhones(text)).toEqual([]);
    },
  );

  it('reports positions that point at the number', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const text = `${before} (412) 422-2377 ${after}`;
        for (const phone of findPhones(text)) expect(text.slice(phone.index, phone.index + phone.text.length)).toBe(phone.text);
      }),
    );
  });
});

describe('findEmails', () => {
  it('finds addresses without trailing punctuation', () => {
    expect(findEmails('Write to media@southerncompany.com. Or hamiton@apple.com,').map((e) => e.text)).toEqual([
      'media@southerncompany.com',
      'hamiton@apple.com',
    ]);
  });
});
