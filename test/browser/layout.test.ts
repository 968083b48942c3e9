import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES, SCHEMES, SCREENSHOTS, useSiteInChromium } from './harness.js';
import { adoptStyleSheet, overflowProblems, SCROLL_BOX_SELECTOR, scrollBoxes, TEXT_SPACING_CSS } from './layout.js';

const WIDTHS = [320, 768, 1280] as const;

const harness = useSiteInChromium();

describe.each(PAGES)('the %s page', (name) => {
  it.each(WIDTHS)('at %i px neither scrolls sideways nor cuts text off, even with wider text spacing', async (width) => {
    await harness.withPage(name, { width }, async ({ page }) => {
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${String(width)}-${colorScheme}.png`), fullPage: true });
      }
      expect(await overflowProblems(page)).toEqual([]);
      for (const box of await scrollBoxes(page)) {
        expect(['auto', 'scroll'], `${box.label} scrolls`).toContain(box.overflowX);
        expect(box.tabIndex, `${box.label} takes keyboard focus`).toBe(0);
      }

      await page.emulateMedia({ colorScheme: 'light' });
      await adoptStyleSheet(page, TEXT_SPACING_CSS);
      expect(await page.locator('main p').first().evaluate((p) => getComputedStyle(p).wordSpacing)).not.toBe('0px');
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${String(width)}-text-spacing.png`), fullPage: true });
      expect(await overflowProblems(page)).toEqual([]);
    });
  });
});

describe('a table wider than a phone', () => {
  it('scrolls in its own box, which the keyboard reaches and scrolls', async () => {
    await harness.withPage('bwModern', { width: 320 }, async ({ page }) => {
      const [table] = await scrollBoxes(page);
      expect(table?.excess).toBeGreaterThan(100);
      const box = page.locator(SCROLL_BOX_SELECTOR).first();
      let reached = false;
      for (let stop = 0; stop < 30 && !reached; stop += 1) {
        await page.keyboard.press('Tab');
        reached = await box.evaluate((element) => element === document.activeElement);
      }
      expect(reached).toBe(true);
      for (let step = 0; step < 5; step += 1) await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    });
  });
});

describe('checking the layout', () => {
  it('finds a page that scrolls sideways', async () => {
    await harness.withPage('bwModern', { width: 320 }, async ({ page }) => {
      await adoptStyleSheet(page, `${SCROLL_BOX_SELECTOR} { overflow: visible; }`);
      expect(await overflowProblems(page)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^the page is \d+px wide in a 320px window$/)]),
      );
    });
  });

  it('finds text that its box cuts off', async () => {
    await harness.withPage('seed', { width: 320 }, async ({ page }) => {
      await adoptStyleSheet(page, '.release-body p { overflow: hidden; white-space: nowrap; }');
      const problems = await overflowProblems(page);
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^"JAMESTOWN.*" in span\.dateline is cut off by p$/)]));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    });
  });
});
