import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingWords } from '../fixtures/filed-words.js';
import { OUTPUT, PAGES, RELEASES, SCREENSHOTS, useSiteInChromium } from './harness.js';

const harness = useSiteInChromium();

describe.each(PAGES)('the %s page printed', (name) => {
  it('leaves out the navigation and the skip link, and keeps the content', async () => {
    await harness.withPage(name, { media: 'print' }, async ({ page, problems }) => {
      expect(await page.locator('main h1').isVisible()).toBe(true);
      for (const selector of ['.skip-link', '.site-header', '.site-footer']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      // Every navigation: the site's, and a pager's.
      expect(await page.locator('nav:visible').count()).toBe(0);
      expect(await problems()).toEqual([]);
    });
  });
});

describe.each(RELEASES)('the %s release printed', (name) => {
  it('shows every word of the filing', async () => {
    await harness.withPage(name, { media: 'print' }, async ({ page }) => {
      const filed = harness.site().page(name).filed ?? '';
      expect(filed.split(/\s+/).length).toBeGreaterThan(100);
      expect(missingWords(filed, await page.locator('body').innerText())).toEqual([]);
    });
  });

  it('prints as a PDF document of a few A4 pages', async () => {
    await harness.withPage(name, { media: 'print' }, async ({ page }) => {
      const file = path.join(OUTPUT, `${name}.pdf`);
      await page.pdf({ path: file, format: 'A4' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-print.png`), fullPage: true });
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      // The seed is a short release: a page, or at most three whatever fonts the system has;
      // the earnings release adds four financial statements to its text.
      expect(pages.length).toBeLessThanOrEqual(name === 'seed' ? 3 : name === 'tables' ? 10 : 6);
    });
  });
});
