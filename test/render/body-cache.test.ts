import { describe, expect, it } from 'vitest';
import { createBodyCache } from '../../src/render/body-cache.js';

const bytes = (n: number): Buffer => Buffer.alloc(n);

describe('createBodyCache', () => {
  it('keeps bodies within the budget, the least recently used going first', () => {
    const cache = createBodyCache(100);
    cache.set('a', bytes(40));
    cache.set('b', bytes(40));
    expect(cache.get('a')).toBeDefined();
    cache.set('c', bytes(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.bytes()).toBe(80);
  });

  it('does not keep a body larger than the whole budget, and drops nothing for it', () => {
    const cache = createBodyCache(100);
    cache.set('a', bytes(60));
    cache.set('huge', bytes(101));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });

  it('replaces a body under the same key, counting it once', () => {
    const cache = createBodyCache(100);
    cache.set('a', bytes(60));
    cache.set('a', bytes(70));
    expect(cache.bytes()).toBe(70);
    expect(cache.get('a')?.length).toBe(70);
  });

  it('takes any value as a key, by identity', () => {
    const cache = createBodyCache(100);
    const key = Symbol('page');
    cache.set(key, bytes(1));
    expect(cache.get(key)).toBeDefined();
    expect(cache.get(Symbol('page'))).toBeUndefined();
  });
});
