import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createBodyCache } from '../../src/render/body-cache.js';

const bytes = (n: number): Buffer => Buffer.alloc(n);

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

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

  it('drops the body of an object key once nothing else holds the key, and keeps it while something does', async () => {
    const cache = createBodyCache(100);
    const kept = {};
    cache.set(kept, bytes(30));
    (() => {
      cache.set({}, bytes(40));
    })();
    expect(cache.bytes()).toBe(70);
    await expect.poll(async () => {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return cache.bytes();
    }).toBe(30);
    expect(cache.get(kept)?.length).toBe(30);
  });

  it('drops an object key\'s body for the budget, and takes a new one under it', () => {
    const cache = createBodyCache(100);
    const key = {};
    cache.set(key, bytes(60));
    cache.set('b', bytes(60));
    expect(cache.get(key)).toBeUndefined();
    cache.set(key, bytes(30));
    expect(cache.get(key)?.length).toBe(30);
    expect(cache.bytes()).toBe(90);
  });
});
