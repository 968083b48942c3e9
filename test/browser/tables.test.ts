import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useSiteInChromium } from './harness.js';
import { overflowProblems } from './layout.js';

const harness = useSiteInChromium();

interface TableBox {
  scrollable: number;
  boxLeft: number;
  labelLeft: number;
  captionLeft: number | null;
  figureLeft: number;
}

/** Where a table's box, its first row's label, its caption and its last figure stand, before and after scrolling the box to its end. */
function scrolledToEnd(boxes: Element[], index: number): { before: TableBox; after: TableBox } {
  const box = boxes[index] as HTMLElement;
  const measure = (): TableBox => {
    const label = box.querySelector('tbody th');
    const figure = box.querySelector('tbody tr td:last-child');
    const caption = box.querySelector('caption');
    return {
      scrollable: box.scrollWidth - box.clientWidth,
      boxLeft: box.getBoundingClientRect().left,
      labelLeft: label?.getBoundingClientRect().left ?? Number.NaN,
      captionLeft: caption ? caption.getBoundingClientRect().left : null,
      figureLeft: figure?.getBoundingClientRect().left ?? Number.NaN,
    };
  };
  const before = measure();
  box.scrollLeft = box.scrollWidth;
  return { before, after: measure() };
}

describe('a release with several wide financial tables', () => {
  it('scrolls each table in its own box at 320 px, the labels and the caption staying in view', async () => {
    await harness.withPage('tables', { width: 320 }, async ({ page }) => {
      expect(await overflowProblems(page)).toEqual([]);
      const boxes = page.locator('.scroll:has(> table)');
      const count = await boxes.count();
      expect(count).toBeGreaterThanOrEqual(3);
      for (let index = 0; index < count; index += 1) {
        const { before, after } = await page.locator('.scroll:has(> table)').evaluateAll(scrolledToEnd, index);
        expect(before.scrollable, `table ${String(index + 1)} is wider than the phone`).toBeGreaterThan(50);
        expect(after.figureLeft).toBeLessThan(before.figureLeft - 50);
        expect(Math.abs(after.labelLeft - after.boxLeft), `table ${String(index + 1)} keeps its labels in view`).toBeLessThanOrEqual(2);
        if (after.captionLeft !== null) expect(Math.abs(after.captionLeft - after.boxLeft)).toBeLessThanOrEqual(2);
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, 'tables-320-scrolled.png'), fullPage: true });
    });
  });

  it('shows the labels and two columns of figures side by side on a 390 px phone', async () => {
    await harness.withPage('tables', { width: 390 }, async ({ page }) => {
      const shown = await page.locator('.scroll:has(> table)').first().evaluate((box) => {
        const right = box.getBoundingClientRect().right;
        return [...box.querySelectorAll('tbody tr:first-child td')].filter((cell) => cell.getBoundingClientRect().right <= right).length;
      });
      expect(shown).toBeGreaterThanOrEqual(2);
    });
  });

  it('prints each table in the width of the page, its header rows repeated on every page it runs onto', async () => {
    await harness.withPage('tables', { media: 'print', width: 794 }, async ({ page }) => {
      const tables = await page.locator('main table').evaluateAll((found) =>
        found.map((table) => ({
          overflows: table.getBoundingClientRect().right > (table.closest('main')?.getBoundingClientRect().right ?? 0) + 1,
          head: getComputedStyle(table.querySelector('thead') ?? table).display,
          rows: getComputedStyle(table.querySelector('tbody tr') ?? table).breakInside,
        })),
      );
      expect(tables.length).toBeGreaterThanOrEqual(3);
      for (const table of tables) expect(table).toEqual({ overflows: false, head: 'table-header-group', rows: 'avoid' });
    });
  });
});
