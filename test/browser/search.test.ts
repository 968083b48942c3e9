import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { focused } from './focus.js';
import { PAGES, SCREENSHOTS, useSiteInChromium } from './harness.js';

/** Skip link, site name, then the search box. */
const STOPS_TO_SEARCH_BOX = 3;

const harness = useSiteInChromium();

describe.each(PAGES)('the search form on the %s page', (name) => {
  it('is a search landmark in the header, with a labelled box the keyboard reaches and shows', async () => {
    await harness.withPage(name, { width: 320 }, async ({ page }) => {
      const form = page.locator('header form[role="search"]');
      expect(await form.count()).toBe(1);
      expect(await form.getAttribute('method')).toBe('get');
      const box = page.getByRole('searchbox', { name: 'Search press releases' });
      expect(await box.getAttribute('maxlength')).toBe('200');
      for (let stop = 0; stop < STOPS_TO_SEARCH_BOX; stop += 1) await page.keyboard.press('Tab');
      expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
      const now = await focused(page);
      expect(now?.indicator, now?.description).not.toBeNull();
      expect(now?.onScreen).toBe(true);
      await page.keyboard.press('Tab');
      expect((await focused(page))?.description).toMatch(/^button "Search"/);
    });
  });

  it('searches from the keyboard, within the content security policy', async () => {
    await harness.withPage(name, { width: 768 }, async ({ page, problems }) => {
      const box = page.getByRole('searchbox', { name: 'Search press releases' });
      await box.fill('Southern earnings');
      await Promise.all([page.waitForURL(/\/search\?q=Southern\+earnings$/), box.press('Enter')]);
      expect(await page.locator('main h1').textContent()).toBe('Search results');
      expect(await page.locator('main h2 a').first().textContent()).toMatch(/Southern Company earnings/);
      expect(await page.locator('main mark').count()).toBeGreaterThan(1);
      expect(await box.inputValue()).toBe('Southern earnings');
      expect(await problems()).toEqual([]);
    });
  });
});

describe('a page of search results', () => {
  it('links the pages before and after it, in the head and in a pager the keyboard reaches', async () => {
    await harness.withPage('search', { width: 320 }, async ({ page }) => {
      expect(await page.locator('head link[rel="prev"]').getAttribute('href')).toBe('/search?q=nasdaq');
      expect(await page.locator('head link[rel="next"]').getAttribute('href')).toBe('/search?q=nasdaq&page=3');
      const pager = page.getByRole('navigation', { name: 'Pages of results' });
      expect(await pager.locator('a[rel="prev"]').textContent()).toBe('Previous page');
      expect(await pager.locator('a[rel="next"]').textContent()).toBe('Next page');
      expect(await page.locator('main ol > li').count()).toBe(10);
      await page.screenshot({ path: path.join(SCREENSHOTS, 'search-320-results.png'), fullPage: true });
      const next = pager.locator('a[rel="next"]');
      let reached = false;
      for (let stop = 0; stop < 40 && !reached; stop += 1) {
        await page.keyboard.press('Tab');
        reached = await next.evaluate((element) => element === document.activeElement);
      }
      expect(reached).toBe(true);
      await Promise.all([page.waitForURL(/page=3$/), page.keyboard.press('Enter')]);
      expect(await page.locator('head link[rel="next"]').count()).toBe(0);
    });
  });

  it('marks the matched words in the passages it shows, as text', async () => {
    await harness.withPage('search', {}, async ({ page }) => {
      const marked = await page.locator('main .passage mark').allTextContents();
      expect(marked.length).toBeGreaterThanOrEqual(10);
      for (const word of marked) expect(word.toLowerCase()).toBe('nasdaq');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    });
  });
});
