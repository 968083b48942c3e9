import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: CI installs it with apt-get, since browsers cannot be downloaded there. */
export const CHROME_PATH = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Quiet, offline, reproducible: nothing phones home or updates itself while tests run. */
export const CHROME_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile. A missing browser is a failure, never a reason to
 * skip: the pages are only proven if they were looked at.
 */
export async function launchChromium(): Promise<Browser> {
  try {
    await access(CHROME_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${CHROME_PATH}. Install it with \`apt-get install chromium\` ` +
        '(or set CHROME_PATH to a Chromium or Chrome binary) and run the browser tests again.',
    );
  }
  const profile = await mkdtemp(path.join(tmpdir(), 'pressroom-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROME_PATH,
      headless: true,
      args: [...CHROME_FLAGS],
    });
    return {
      context,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
