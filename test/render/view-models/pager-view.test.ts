import { describe, expect, it } from 'vitest';
import { pagerView, type PagerItem } from '../../../src/render/view-models/pager-view.js';

/** "1 [2] 3 … 9": the pages shown, the current one in brackets, gaps as "…". */
function shown(items: readonly PagerItem[]): string {
  return items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.number}]` : String(item.number))).join(' ');
}

describe('pagerView', () => {
  it('links the newer and older pages, the first being the home page', () => {
    expect(pagerView(2, 3)).toMatchObject({ newer: '/', older: '/page/3', label: 'Pages of press releases' });
    expect(pagerView(1, 3)).toMatchObject({ newer: null, older: '/page/2' });
    expect(pagerView(3, 3)).toMatchObject({ newer: '/page/2', older: null });
  });

  it('shows every page of a short index', () => {
    expect(shown(pagerView(3, 5).items)).toBe('1 2 [3] 4 5');
    expect(pagerView(3, 5).items[0]).toEqual({ kind: 'page', number: 1, href: '/', current: false });
    expect(pagerView(3, 5).items[3]).toEqual({ kind: 'page', number: 4, href: '/page/4', current: false });
  });

  it('shows the first, the last and two either side of the current page of a long one', () => {
    expect(shown(pagerView(1, 400).items)).toBe('[1] 2 3 … 400');
    expect(shown(pagerView(200, 400).items)).toBe('1 … 198 199 [200] 201 202 … 400');
    expect(shown(pagerView(400, 400).items)).toBe('1 … 398 399 [400]');
  });

  it('shows a single page left out rather than a gap', () => {
    expect(shown(pagerView(5, 9).items)).toBe('1 2 3 4 [5] 6 7 8 9');
    expect(shown(pagerView(6, 12).items)).toBe('1 … 4 5 [6] 7 8 … 12');
  });
});
