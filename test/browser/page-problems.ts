import type { Page } from 'playwright-core';

const VIOLATIONS = '__pressroomPolicyViolations';

/**
 * Collects what went wrong in a page: console errors (Chromium reports each content security
 * policy block there too), uncaught errors, and the policy violation events themselves.
 * Call before the first navigation.
 */
export async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium reports every response status of 400 or more, the 404 page's own included;
    // the status of the page itself is checked by whoever loaded it.
    if (message.location().url === page.url() && message.text().startsWith('Failed to load resource')) return;
    seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    seen.push(`uncaught: ${error.message}`);
  });
  // Scripts added this way run through the devtools protocol, which the page's policy does not govern.
  await page.addInitScript((key) => {
    const store: string[] = [];
    Object.defineProperty(window, key, { value: store });
    document.addEventListener('securitypolicyviolation', (event) => {
      store.push(`policy: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline content'}`);
    });
  }, VIOLATIONS);
  return async () => {
    const violations = await page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], VIOLATIONS);
    return [...seen, ...violations];
  };
}
