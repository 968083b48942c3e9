import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focused, type FocusedElement } from './focus.js';
import { useSiteInChromium } from './harness.js';
import { overflowProblems } from './layout.js';

const harness = useSiteInChromium();

/** Tabs from the top of the page until elements inside `selector` have had focus `count` times (60 stops at most). */
async function tabThrough(page: Page, selector: string, count: number): Promise<(FocusedElement | null)[]> {
  const seen: (FocusedElement | null)[] = [];
  for (let stop = 0; stop < 60 && seen.length < count; stop += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((wanted) => document.activeElement?.closest(wanted) !== null, selector);
    if (inside) seen.push(await focused(page));
  }
  return seen;
}

describe('the pager', () => {
  it('takes the keyboard to every page link, each with a visible focus ring, the current one marked', async () => {
    await harness.withPage('indexPage2', { width: 320 }, async ({ page }) => {
      const links = await page.locator('nav.archive-pager a').count();
      expect(links).toBeGreaterThanOrEqual(3);
      const stops = await tabThrough(page, 'nav.archive-pager', links);
      expect(stops).toHaveLength(links);
      for (const stop of stops) {
        expect(stop?.indicator, stop?.description).not.toBeNull();
        expect(stop?.onScreen, stop?.description).toBe(true);
      }
      // Named "Page 2" for screen readers, shown as "2".
      expect(await page.locator('nav.archive-pager').getByRole('link', { name: 'Page 2', exact: true }).getAttribute('aria-current')).toBe('page');
      expect(await overflowProblems(page)).toEqual([]);
    });
  });

  it('links the head to the pages before and after', async () => {
    await harness.withPage('indexPage2', {}, async ({ page }) => {
      expect(await page.locator('head link[rel="prev"]').getAttribute('href')).toBe('/');
    });
  });
});

describe('the year archive', () => {
  it('lists only its year, and its year navigation takes the keyboard with a visible focus ring', async () => {
    await harness.withPage('year', { width: 320 }, async ({ page }) => {
      const dates = await page.locator('.release-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^2004-/);
      expect(await page.locator('nav.year-nav [aria-current="page"]').innerText()).toBe('2004');
      const years = await page.locator('nav.year-nav a').count();
      const stops = await tabThrough(page, 'nav.year-nav', years);
      expect(stops).toHaveLength(years);
      for (const stop of stops) expect(stop?.indicator, stop?.description).not.toBeNull();
      expect(await overflowProblems(page)).toEqual([]);
    });
  });
});
