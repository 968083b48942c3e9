import { describe, expect, it } from 'vitest';
import { reuseAcrossRenders } from '../../src/render/representation-reuse.js';

const input = (body: string, status = 200) => ({ status, contentType: 'text/plain; charset=utf-8', cacheControl: 'no-cache', body: Buffer.from(body) });

describe('reuseAcrossRenders', () => {
  it('reuses a representation when bytes and headers are unchanged since the last render', () => {
    const render = reuseAcrossRenders();
    const first = render((represent) => represent(input('same')));
    const second = render((represent) => represent(input('same')));
    expect(second).toBe(first);
  });

  it('builds a new one when the bytes or the status differ', () => {
    const render = reuseAcrossRenders();
    const first = render((represent) => represent(input('same')));
    expect(render((represent) => represent(input('changed')))).not.toBe(first);
    expect(render((represent) => represent(input('same', 404))).status).toBe(404);
  });

  it('keeps only what the latest render used', () => {
    const render = reuseAcrossRenders();
    const first = render((represent) => represent(input('a')));
    render((represent) => represent(input('b')));
    expect(render((represent) => represent(input('a')))).not.toBe(first);
  });
});
