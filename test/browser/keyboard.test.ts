import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { focused } from './focus.js';
import { PAGES, SCREENSHOTS, useSiteInChromium } from './harness.js';
import { adoptStyleSheet } from './layout.js';

/** How many tab stops to follow from the top of a page. */
const TAB_STOPS = 12;

const harness = useSiteInChromium();

describe.each(PAGES)('the %s page', (name) => {
  it('starts with a skip link that shows when focused and moves focus to the content', async () => {
    await harness.withPage(name, { width: 320 }, async ({ page }) => {
      expect(await focused(page)).toBeNull();
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.isSkipLink, first?.description).toBe(true);
      expect(first?.onScreen).toBe(true);
      expect(first?.indicator).not.toBeNull();
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-320-skip-link.png`) });
      await page.keyboard.press('Enter');
      const after = await focused(page);
      expect(after?.inMain, after?.description).toBe(true);
    });
  });

  it(`shows where the focus is on each of the first ${String(TAB_STOPS)} tab stops`, async () => {
    await harness.withPage(name, { width: 768 }, async ({ page }) => {
      const stops: string[] = [];
      for (let stop = 0; stop < TAB_STOPS; stop += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        // Past the last link the focus leaves the page.
        if (now === null) break;
        stops.push(now.description);
        expect(now.indicator, `focus indicator on ${now.description}`).not.toBeNull();
        expect(now.onScreen, `${now.description} scrolled into view`).toBe(true);
      }
      expect(stops.length).toBeGreaterThanOrEqual(3);
    });
  });
});

describe('checking focus', () => {
  it('finds a focused element without an indicator', async () => {
    await harness.withPage('seed', {}, async ({ page }) => {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const ringed = await focused(page);
      expect(ringed?.indicator).toMatch(/^outline solid 3px/);
      await adoptStyleSheet(page, ':focus-visible { outline: none; }');
      expect((await focused(page))?.indicator).toBeNull();
    });
  });
});
