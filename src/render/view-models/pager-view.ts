import { urls } from '../urls.js';

export type PagerItem =
  | { kind: 'page'; number: number; href: string; current: boolean }
  /** Pages left out between two shown. */
  | { kind: 'gap' };

export interface PagerView {
  label: string;
  /** Newer releases; null on the first page. */
  newer: string | null;
  /** Older releases; null on the last page. */
  older: string | null;
  items: PagerItem[];
}

/** Pages shown either side of the current one; the first and the last are always shown. */
const AROUND = 2;

/** Links to the pages of the index around page `number` of `count`. */
export function pagerView(number: number, count: number): PagerView {
  const shown = new Set<number>([1, count]);
  for (let page = number - AROUND; page <= number + AROUND; page += 1) if (page >= 1 && page <= count) shown.add(page);
  const items: PagerItem[] = [];
  let last = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: a link is as short as an ellipsis.
    if (page === last + 2) items.push(pageItem(last + 1, number));
    else if (page > last + 2) items.push({ kind: 'gap' });
    items.push(pageItem(page, number));
    last = page;
  }
  return {
    label: 'Pages of press releases',
    newer: number > 1 ? urls.indexPage(number - 1) : null,
    older: number < count ? urls.indexPage(number + 1) : null,
    items,
  };
}

function pageItem(page: number, current: number): PagerItem {
  return { kind: 'page', number: page, href: urls.indexPage(page), current: page === current };
}
