import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compressOffThread } from '../../src/render/compression.js';
import { etagOf, httpDate, type RepresentationInput } from '../../src/render/representation.js';
import { neverCompress, testRepresent } from './fixtures/production.js';

const HTML = 'text/html; charset=utf-8';
const input = (body: RepresentationInput['body'], extra: Partial<RepresentationInput> = {}): RepresentationInput => ({
  status: 200, contentType: HTML, cacheControl: 'no-cache', body, ...extra,
});

describe('a representation', () => {
  it('keeps status, type, cache policy and the time it was last modified, as HTTP writes it', () => {
    const represent = testRepresent();
    const representation = represent(input(Buffer.from('<p>Hello</p>'), { lastModified: new Date('2004-10-13T16:05:42.512Z') }));
    expect([representation.status, representation.contentType, representation.cacheControl]).toEqual([200, HTML, 'no-cache']);
    expect(representation.lastModified).toBe('Wed, 13 Oct 2004 16:05:42 GMT');
    expect(represent(input(Buffer.from('x'))).lastModified).toBeNull();
    expect(representation.body('identity')?.toString()).toBe('<p>Hello</p>');
  });

  it('renders its body when first asked for, not before, and keeps it', () => {
    const render = vi.fn(() => Buffer.from('<p>rendered</p>'));
    const representation = testRepresent()(input(render));
    expect(render).not.toHaveBeenCalled();
    expect(representation.etag()).toBeUndefined();
    expect(representation.body('identity')?.toString()).toBe('<p>rendered</p>');
    expect(representation.body('identity')?.toString()).toBe('<p>rendered</p>');
    expect(render).toHaveBeenCalledTimes(1);
    expect(representation.etag()).toBe(etagOf(Buffer.from('<p>rendered</p>')));
  });

  it('renders its body again, the same bytes, once it was pushed out of memory', () => {
    const represent = testRepresent({ budget: 100 });
    const render = vi.fn(() => Buffer.from('a'.repeat(60)));
    const first = represent(input(render));
    const second = represent(input(() => Buffer.from('b'.repeat(60))));
    const tag = (first.body('identity'), first.etag());
    second.body('identity');
    expect(first.body('identity')?.toString()).toBe('a'.repeat(60));
    expect(render).toHaveBeenCalledTimes(2);
    expect(first.etag()).toBe(tag);
  });

  it('answers for a compressed body only once it is produced, asking for it the first time', async () => {
    const compress = vi.fn(compressOffThread);
    const representation = testRepresent({ compress })(input(Buffer.from('<p>Hello</p>'.repeat(50))));
    expect(representation.body('br')).toBeUndefined();
    expect(representation.body('br')).toBeUndefined();
    await vi.waitFor(() => {
      expect(representation.body('br')).toBeDefined();
    });
    expect(compress).toHaveBeenCalledTimes(1);
    expect(brotliDecompressSync(representation.body('br') ?? Buffer.alloc(0)).toString()).toBe('<p>Hello</p>'.repeat(50));
  });

  it('does not queue more compressions than it may; a later request asks again', () => {
    const compress = vi.fn(neverCompress);
    const represent = testRepresent({ compress, maxWaiting: 0 });
    const busy = represent(input(Buffer.from('one')));
    const waiting = represent(input(Buffer.from('two')));
    busy.body('br');
    busy.body('gzip');
    waiting.body('br');
    // Two compressions run at once; the third would wait, and none may.
    expect(compress).toHaveBeenCalledTimes(2);
  });

  it('compresses the same bytes once, whichever representation asks', async () => {
    const compress = vi.fn(compressOffThread);
    const represent = testRepresent({ compress });
    const a = represent(input(Buffer.from('same bytes')));
    const b = represent(input(() => Buffer.from('same bytes')));
    await a.complete();
    expect(b.body('gzip')).toBeDefined();
    expect(compress).toHaveBeenCalledTimes(2);
  });

  it('waits for a body produced asynchronously', async () => {
    const representation = testRepresent()(input(() => Promise.resolve(Buffer.from('later'))));
    expect(representation.body('identity')).toBeUndefined();
    expect((await representation.produced()).toString()).toBe('later');
    expect(representation.body('identity')?.toString()).toBe('later');
    expect(representation.etag()).toBe(etagOf(Buffer.from('later')));
  });

  it('produces every encoding on demand, each decompressing to the identity body', async () => {
    const represent = testRepresent();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (text) => {
        const { identity, gzip, br } = await represent(input(Buffer.from(text))).complete();
        expect(identity.toString()).toBe(text);
        expect(gunzipSync(gzip).equals(identity)).toBe(true);
        expect(brotliDecompressSync(br).equals(identity)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('compresses binary bodies too', async () => {
    const body = Buffer.from([0, 1, 2, 255, 254, 0, 0, 7]);
    const { br } = await testRepresent()(input(body, { contentType: 'image/x-icon' })).complete();
    expect(brotliDecompressSync(br).equals(body)).toBe(true);
  });

  it('has a strong, quoted base64url ETag that follows the bytes', () => {
    const a = etagOf(Buffer.from('one'));
    expect(a).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(etagOf(Buffer.from('one'))).toBe(a);
    expect(etagOf(Buffer.from('two'))).not.toBe(a);
  });
});

describe('httpDate', () => {
  it('writes an IMF-fixdate to the second', () => {
    expect(httpDate(new Date('1995-08-10T09:08:07.999Z'))).toBe('Thu, 10 Aug 1995 09:08:07 GMT');
  });
});
