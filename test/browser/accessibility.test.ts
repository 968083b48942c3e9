import { describe, expect, it } from 'vitest';
import { axeViolations, describeFindings } from './axe.js';
import { PAGES, SCHEMES, useSiteInChromium } from './harness.js';

const harness = useSiteInChromium();

describe.each(PAGES)('the %s page', (name) => {
  it.each(SCHEMES)('has no accessibility violations in the %s scheme', async (colorScheme) => {
    await harness.withPage(name, { colorScheme }, async ({ page }) => {
      const findings = await axeViolations(page);
      expect(findings, describeFindings(findings)).toEqual([]);
    });
  });

  it.each(SCHEMES)('loads in the %s scheme without console errors or policy violations', async (colorScheme) => {
    await harness.withPage(name, { colorScheme }, async ({ page, problems }) => {
      // The stylesheet did load: it is what takes the skip link out of the flow.
      expect(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position)).toBe('absolute');
      expect(await problems()).toEqual([]);
    });
  });
});

describe('checking a page', () => {
  it('finds what axe reports', async () => {
    await harness.withPage('seed', {}, async ({ page }) => {
      await page.evaluate(() => {
        document.querySelector('main')?.append(document.createElement('img'));
      });
      expect((await axeViolations(page)).map((finding) => finding.rule)).toContain('image-alt');
    });
  });

  it('finds what the content security policy blocks', async () => {
    await harness.withPage('seed', {}, async ({ page, problems }) => {
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.alt = '';
        image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.body.append(image);
        document.body.setAttribute('style', 'color: red');
      });
      await expect.poll(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^policy: img-src blocked data/),
          expect.stringMatching(/^policy: style-src-attr blocked inline/),
          expect.stringMatching(/^console: .*Content Security Policy/),
        ]),
      );
    });
  });
});
