import { describe, expect, it } from 'vitest';
import { memoAcrossRenders } from '../../src/render/memo.js';

describe('memoAcrossRenders', () => {
  it('gives back what the previous render made from the same inputs', () => {
    const render = memoAcrossRenders();
    const release = { headline: 'Results' };
    const first = render((memo) => memo('/a', [release, 'slug'], () => ({ made: 1 })));
    const second = render((memo) => memo('/a', [release, 'slug'], () => ({ made: 2 })));
    expect(second).toBe(first);
  });

  it('makes it again when any input differs, by identity for objects', () => {
    const render = memoAcrossRenders();
    render((memo) => memo('/a', [{ headline: 'Results' }, 'slug'], () => 1));
    expect(render((memo) => memo('/a', [{ headline: 'Results' }, 'slug'], () => 2))).toBe(2);
    expect(render((memo) => memo('/a', ['other'], () => 3))).toBe(3);
  });

  it('remembers only what the latest render made', () => {
    const render = memoAcrossRenders();
    render((memo) => memo('/a', [], () => 1));
    render((memo) => memo('/b', [], () => 2));
    expect(render((memo) => memo('/a', [], () => 3))).toBe(3);
  });

  it('forgets nothing when a render fails', () => {
    const render = memoAcrossRenders();
    render((memo) => memo('/a', [], () => 1));
    expect(() =>
      render((memo) => {
        memo('/a', [], () => 2);
        throw new Error('template failed');
      }),
    ).toThrow('template failed');
    expect(render((memo) => memo('/a', [], () => 3))).toBe(1);
  });
});
