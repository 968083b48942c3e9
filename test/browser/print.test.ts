import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT, PAGES, RELEASES, SCREENSHOTS, useSiteInChromium } from './harness.js';

const harness = useSiteInChromium();

/**
 * The words of a text, leaving out what a release page shows otherwise: bullets, which the
 * browser draws as list markers, and EDGAR's `<PAGE>` breaks, which are not part of the release.
 */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '' && !/^(?:[•·▪◦‣∙]+|<PAGE>)$/.test(word));
}

/** Filed words the shown text lacks, counting each word as often as it is filed. */
function missingWords(filed: string, shown: string): string[] {
  const left = new Map<string, number>();
  for (const word of words(shown)) left.set(word, (left.get(word) ?? 0) + 1);
  return words(filed).filter((word) => {
    const count = left.get(word) ?? 0;
    left.set(word, count - 1);
    return count <= 0;
  });
}

describe.each(PAGES)('the %s page printed', (name) => {
  it('leaves out the navigation and the skip link, and keeps the content', async () => {
    await harness.withPage(name, { media: 'print' }, async ({ page, problems }) => {
      expect(await page.locator('main h1').isVisible()).toBe(true);
      for (const selector of ['.skip-link', 'nav', '.site-header', '.site-footer']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await problems()).toEqual([]);
    });
  });
});

describe.each(RELEASES)('the %s release printed', (name) => {
  it('shows every word of the filing', async () => {
    await harness.withPage(name, { media: 'print' }, async ({ page }) => {
      const filed = harness.site().page(name).filed ?? '';
      expect(words(filed).length).toBeGreaterThan(100);
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
      // The seed is a short release: a page, or at most three whatever fonts the system has.
      expect(pages.length).toBeLessThanOrEqual(name === 'seed' ? 3 : 6);
    });
  });
});

describe('checking the printed words', () => {
  it('counts a word missing when the page shows it fewer times than it is filed', () => {
    expect(missingWords('the Company and the USPS', 'the Company and USPS')).toEqual(['the']);
    expect(missingWords('• Revenue <PAGE> grew', 'Revenue grew')).toEqual([]);
  });
});
