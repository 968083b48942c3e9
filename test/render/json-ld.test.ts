import { createHash } from 'node:crypto';
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLdText, scriptSource } from '../../src/render/json-ld.js';

describe('jsonLdText', () => {
  it('writes <, > and & as escapes, so a headline cannot end the script or open a comment', () => {
    const text = jsonLdText({ headline: '</script><!-- A & B > C' });
    expect(text).toBe('{"headline":"\\u003c/script\\u003e\\u003c!-- A \\u0026 B \\u003e C"}');
    expect(JSON.parse(text)).toEqual({ headline: '</script><!-- A & B > C' });
  });

  it('is read back whole from its script element, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.string()))), (data) => {
        const text = jsonLdText(data);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        const $ = load(`<!doctype html><head><script type="application/ld+json">${text}</script></head><body><p>after</p></body>`);
        expect($('script')).toHaveLength(1);
        expect($('script').text()).toBe(text);
        expect(JSON.parse($('script').text())).toEqual(data);
        expect($('body p').text()).toBe('after');
      }),
      { numRuns: 300 },
    );
  });
});

describe('scriptSource', () => {
  it("is 'sha256-' and the base64 digest of the UTF-8 text", () => {
    expect(scriptSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const text = jsonLdText({ name: 'Société Générale' });
    expect(scriptSource(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
  });
});
