import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRepresentation, etagOf } from '../../src/render/representation.js';

const html = (body: string) =>
  createRepresentation({ status: 200, contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', body: Buffer.from(body) });

describe('createRepresentation', () => {
  it('keeps status, type and cache policy, and the body as the identity', () => {
    const representation = html('<p>Hello</p>');
    expect(representation.status).toBe(200);
    expect(representation.contentType).toBe('text/html; charset=utf-8');
    expect(representation.cacheControl).toBe('no-cache');
    expect(representation.identity.toString()).toBe('<p>Hello</p>');
  });

  it('compresses to forms that decompress to the identity body', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const representation = html(text);
        expect(gunzipSync(representation.gzip).equals(representation.identity)).toBe(true);
        expect(brotliDecompressSync(representation.br).equals(representation.identity)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('compresses binary bodies too', () => {
    const body = Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]);
    const representation = createRepresentation({ status: 200, contentType: 'image/x-icon', cacheControl: 'no-cache', body });
    expect(brotliDecompressSync(representation.br).equals(body)).toBe(true);
  });

  it('has a strong, quoted base64url ETag that follows the bytes', () => {
    const a = html('one');
    expect(a.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(html('one').etag).toBe(a.etag);
    expect(html('two').etag).not.toBe(a.etag);
    expect(etagOf(Buffer.from('one'))).toBe(a.etag);
  });
});
