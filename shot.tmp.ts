import pino from 'pino';
import { chromium } from 'playwright-core';
import { parseConfig } from './src/config.js';
import { startServer } from './src/server.js';
const server = await startServer(parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: '/work/shared/corpus', WATCH: '0', ACCESS_LOG: '0' }), pino({ level: 'error' }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
for (const [width, scheme] of [[320, 'light'], [768, 'dark'], [1280, 'light']] as const) {
  const page = await browser.newPage({ viewport: { width, height: 700 }, colorScheme: scheme });
  await page.goto(new URL('/search?q=revenue+quarter', server.url).href);
  await page.screenshot({ path: `/tmp/search-${width}.png` });
  await page.close();
}
await browser.close();
await server.close();
