import { describe, expect, it } from 'vitest';
import { memoAcrossRenders, type Memo } from '../../src/render/memo.js';

/** A render run to its end and kept, as the renderer runs one. */
function renders(): <R>(render: (memo: Memo) => R) => R {
  const begin = memoAcrossRenders();
  return (render) => {
    const { memo, keep } = begin();
    const result = render(memo);
    keep();
    return result;
  };
}

describe('memoAcrossRenders', () => {
  it('gives back what the previous render made from the same inputs', () => {
    const render = renders();
    const release = { headline: 'Results' };
    const first = render((memo) => memo('/a', [release, 'slug'], () => ({ made: 1 })));
    const second = render((memo) => memo('/a', [release, 'slug'], () => ({ made: 2 })));
    expect(second).toBe(first);
  });

  it('makes it again when any input differs, by identity for objects', () => {
    const render = renders();
    render((memo) => memo('/a', [{ headline: 'Results' }, 'slug'], () => 1));
    expect(render((memo) => memo('/a', [{ headline: 'Results' }, 'slug'], () => 2))).toBe(2);
    expect(render((memo) => memo('/a', ['other'], () => 3))).toBe(3);
  });

  it('remembers only what the latest render made', () => {
    const render = renders();
    render((memo) => memo('/a', [], () => 1));
    render((memo) => memo('/b', [], () => 2));
    expect(render((memo) => memo('/a', [], () => 3))).toBe(3);
  });

  it('forgets nothing when a render fails', () => {
    const render = renders();
    render((memo) => memo('/a', [], () => 1));
    expect(() =>
      render((memo) => {
        memo('/a', [], () => 2);
        throw new Error('template failed');
      }),
    ).toThrow('template failed');
    expect(render((memo) => memo('/a', [], () => 3))).toBe(1);
  });

  it('lets two renders under way both find the last kept one, and keeps the one that completes', () => {
    const begin = memoAcrossRenders();
    const first = begin();
    first.memo('/a', [], () => 1);
    first.keep();
    const abandoned = begin();
    const completed = begin();
    expect(abandoned.memo('/a', [], () => 2)).toBe(1);
    expect(completed.memo('/b', [], () => 3)).toBe(3);
    completed.keep();
    expect(begin().memo('/b', [], () => 4)).toBe(3);
  });
});
