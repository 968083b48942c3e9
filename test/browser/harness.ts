import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, type Browser } from './chromium.js';
import { watchProblems } from './page-problems.js';
import { startSite, STATUS, type PageName, type SiteUnderTest } from './site-server.js';

/** Git-ignored: PDFs and screenshots to look at after a run. */
export const OUTPUT = path.join(import.meta.dirname, '../../test-output');
export const SCREENSHOTS = path.join(OUTPUT, 'screenshots');

/**
 * Every page type: the seed release, the index, more releases (one with several wide tables), the
 * 404 page, a page of search results between two others, the search page without a query and with
 * one too long.
 */
export const PAGES: readonly PageName[] = ['seed', 'index', 'southern', 'bwModern', 'letterhead', 'tables', 'notFound', 'search', 'searchPrompt', 'searchTooLong'];
export const RELEASES: readonly PageName[] = ['seed', 'southern', 'bwModern', 'letterhead', 'tables'];
export const SCHEMES = ['light', 'dark'] as const;

export interface VisitOptions {
  width?: number;
  colorScheme?: (typeof SCHEMES)[number];
  media?: 'screen' | 'print';
}

export interface Visit {
  page: Page;
  /** Console errors, uncaught errors and content security policy violations so far. */
  problems: () => Promise<string[]>;
}

export interface Harness {
  site(): SiteUnderTest;
  /** Opens a page in a new tab, checks its status, runs `use`, and closes the tab. */
  withPage(name: PageName, options: VisitOptions, use: (visit: Visit) => Promise<void>): Promise<void>;
}

/** One server and one browser for the whole test file. */
export function useSiteInChromium(): Harness {
  let site: SiteUnderTest | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const [started, launched] = await Promise.allSettled([startSite(), launchChromium()]);
    if (started.status === 'fulfilled') site = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), site?.close()]);
  });

  const ready = (): { site: SiteUnderTest; browser: Browser } => {
    if (site === undefined || browser === undefined) throw new Error('the server or the browser did not start');
    return { site, browser };
  };

  return {
    site: () => ready().site,
    async withPage(name, options, use) {
      const { site: served, browser: chromium } = ready();
      const page = await chromium.context.newPage();
      try {
        await page.setViewportSize({ width: options.width ?? 1280, height: 800 });
        await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', media: options.media ?? 'screen' });
        const problems = await watchProblems(page);
        const response = await page.goto(served.page(name).url, { waitUntil: 'load' });
        expect(response?.status()).toBe(STATUS[name] ?? 200);
        await use({ page, problems });
      } finally {
        await page.close();
      }
    },
  };
}
