import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkify, type Segment } from '../../src/render/linkify.js';

function links(text: string): { text: string; href: string }[] {
  return linkify(text).flatMap((s) => (s.kind === 'link' ? [{ text: s.text, href: s.href }] : []));
}

describe('linkify', () => {
  it('links a bracketed North American number with its country code', () => {
    expect(links('Phone: (412) 422-2377')).toEqual([{ text: '(412) 422-2377', href: 'tel:+14124222377' }]);
  });

  it('links dashed, dotted and prefixed North American numbers', () => {
    expect(links('412-422-2377, 412.422.2377 and 1-800-555-1212.')).toEqual([
      { text: '412-422-2377', href: 'tel:+14124222377' },
      { text: '412.422.2377', href: 'tel:+14124222377' },
      { text: '1-800-555-1212', href: 'tel:+18005551212' },
    ]);
  });

  it('keeps the digits of an international number as written, with its +', () => {
    expect(links('London: +44 20 7946 0958.')).toEqual([{ text: '+44 20 7946 0958', href: 'tel:+442079460958' }]);
  });

  it('leaves a number labelled as a fax as text', () => {
    expect(links('Fax:   (412) 422-2378')).toEqual([]);
    expect(links('Phone: (412) 422-2377 Fax: (412) 422-2378')).toEqual([
      { text: '(412) 422-2377', href: 'tel:+14124222377' },
    ]);
  });

  it('does not take dates, release numbers or amounts for phone numbers', () => {
    expect(links('Release No: 2004-05, October 13, 2004, 2,000,000 shares at $12.50, 1999-2004')).toEqual([]);
  });

  it('links e-mail addresses without the full stop that ends the sentence', () => {
    expect(links('e-mail: hamiton@apple.com.')).toEqual([{ text: 'hamiton@apple.com', href: 'mailto:hamiton@apple.com' }]);
  });

  it('links web addresses, giving www. addresses a scheme', () => {
    expect(links('See www.apple.com, or https://example.com/a?b=1.')).toEqual([
      { text: 'www.apple.com', href: 'http://www.apple.com' },
      { text: 'https://example.com/a?b=1', href: 'https://example.com/a?b=1' },
    ]);
  });

  it('keeps balanced brackets in an address and drops a closing one it does not own', () => {
    expect(links('(see http://example.com/a_(b))')).toEqual([
      { text: 'http://example.com/a_(b)', href: 'http://example.com/a_(b)' },
    ]);
  });

  it('does not link a scheme without a host, or www. inside a word or an address', () => {
    expect(links('http:// and awww.example.com')).toEqual([]);
    expect(links('ir@www.example.com')).toEqual([{ text: 'ir@www.example.com', href: 'mailto:ir@www.example.com' }]);
  });

  it('returns text without links as one text segment, and nothing for empty text', () => {
    expect(linkify('No links here.')).toEqual([{ kind: 'text', text: 'No links here.' }]);
    expect(linkify('')).toEqual([]);
  });

  it('gives back the input exactly when its segments are joined', () => {
    const pieces = fc.constantFrom(
      ' ', '.', ',', '(', ')', '-', '+', '@', ':', '/', 'www.', 'http://', 'https://', '.com', 'ir',
      '412', '422', '2377', '(412) ', '+44 ', '20', 'Fax: ', 'Phone: ', 'x', '\n', 'é',
    );
    const texts = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(pieces).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        const segments = linkify(text);
        expect(segments.map((s: Segment) => s.text).join('')).toBe(text);
        expect(segments.every((s) => s.text !== '')).toBe(true);
        for (const s of segments) {
          if (s.kind === 'link') expect(s.href).toMatch(/^(tel:\+?\d+(;ext=\d+)?|mailto:\S+@\S+|https?:\/\/\S+)$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
