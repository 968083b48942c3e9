import { describe, expect, it, vi } from 'vitest';
import { answerFor } from '../../src/http/answer.js';
import { neverCompress, testRepresent } from '../render/fixtures/production.js';
import { LAST_MODIFIED } from './rendered-site.js';

const BODY = Buffer.from('<p>Postal contract extension</p>'.repeat(30));
const input = { status: 200, contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', lastModified: LAST_MODIFIED, body: BODY };

async function produced() {
  const representation = testRepresent()(input);
  await representation.complete();
  const tag = (representation.etag() ?? '').slice(1, -1);
  return { representation, tag };
}

describe('answerFor', () => {
  it('sends identity while the compressed body is produced, and the compressed one after', async () => {
    const representation = testRepresent()(input);
    const first = answerFor({ 'accept-encoding': 'br, gzip' }, representation, 200);
    expect(first?.encoding).toBe('identity');
    expect(first?.body?.equals(BODY)).toBe(true);
    await vi.waitFor(() => {
      expect(answerFor({ 'accept-encoding': 'br, gzip' }, representation, 200)?.encoding).toBe('br');
    });
  });

  it('sends gzip while brotli is not yet produced', async () => {
    const slowBrotli = testRepresent({ compress: (body, encoding, type) => (encoding === 'br' ? neverCompress(body, encoding, type) : Promise.resolve(Buffer.from('gz'))) });
    const representation = slowBrotli(input);
    answerFor({ 'accept-encoding': 'br, gzip' }, representation, 200);
    await vi.waitFor(() => {
      expect(answerFor({ 'accept-encoding': 'br, gzip' }, representation, 200)?.encoding).toBe('gzip');
    });
  });

  it('tags each encoding differently and keeps the status it is given', async () => {
    const { representation, tag } = await produced();
    expect(answerFor({ 'accept-encoding': 'br' }, representation, 200)).toMatchObject({ status: 200, encoding: 'br', etag: `"${tag}-br"` });
    expect(answerFor({ 'accept-encoding': 'gzip' }, representation, 404)).toMatchObject({ status: 404, encoding: 'gzip', etag: `"${tag}-gz"` });
    expect(answerFor({}, representation, 200)).toMatchObject({ encoding: 'identity', etag: `"${tag}"` });
  });

  it('sends identity to a client that refuses every encoding', async () => {
    const { representation } = await produced();
    expect(answerFor({ 'accept-encoding': 'identity;q=0' }, representation, 200)?.encoding).toBe('identity');
  });

  it.each([
    ['the tag of the variant chosen', (tag: string) => `"${tag}-br"`, '-br'],
    ['a weak tag', (tag: string) => `W/"${tag}-br"`, '-br'],
    ['another variant the client holds', (tag: string) => `"${tag}-gz"`, '-gz'],
    ['a list', (tag: string) => `"nope", "${tag}"`, ''],
    ['*', () => '*', '-br'],
  ])('answers If-None-Match with %s by 304 and the tag held', async (_name, ifNoneMatch, suffix) => {
    const { representation, tag } = await produced();
    const answer = answerFor({ 'accept-encoding': 'br', 'if-none-match': ifNoneMatch(tag) }, representation, 200);
    expect([answer?.status, answer?.etag, answer?.body]).toEqual([304, `"${tag}${suffix}"`, undefined]);
  });

  it.each([
    ['a tag it does not hold', { 'if-none-match': '"stale"' }, 200],
    ['a tag it does not hold, whatever the date', { 'if-none-match': '"stale"', 'if-modified-since': LAST_MODIFIED.toUTCString() }, 200],
    ['the date it was last modified', { 'if-modified-since': LAST_MODIFIED.toUTCString() }, 304],
    ['a later date', { 'if-modified-since': 'Fri, 31 Dec 2049 23:59:59 GMT' }, 304],
    ['an earlier date', { 'if-modified-since': 'Tue, 12 Oct 2004 00:00:00 GMT' }, 200],
    ['a date that is no date', { 'if-modified-since': 'yesterday' }, 200],
    ['a reload', { 'if-modified-since': LAST_MODIFIED.toUTCString(), 'cache-control': 'no-cache' }, 200],
  ])('answers a client with %s', async (_name, headers, status) => {
    const { representation } = await produced();
    expect(answerFor(headers, representation, 200)?.status).toBe(status);
  });

  it('never answers 304 for an error status', async () => {
    const { representation } = await produced();
    expect(answerFor({ 'if-none-match': '*' }, representation, 404)?.status).toBe(404);
  });

  it('answers If-Modified-Since with 200 when the representation has no modification time', () => {
    const representation = testRepresent()({ ...input, lastModified: null });
    expect(answerFor({ 'if-modified-since': 'Fri, 31 Dec 2049 23:59:59 GMT' }, representation, 200)?.status).toBe(200);
  });

  it('has no answer while a body is produced asynchronously', async () => {
    const representation = testRepresent()({ ...input, body: () => Promise.resolve(BODY) });
    expect(answerFor({}, representation, 200)).toBeUndefined();
    const identity = await representation.produced();
    expect(answerFor({}, representation, 200, identity)?.body?.equals(BODY)).toBe(true);
  });
});
