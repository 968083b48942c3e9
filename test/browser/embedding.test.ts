import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRelease } from '../../bench/scale/generate-releases.js';
import { parseConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { axeViolations, describeFindings } from './axe.js';
import { launchChromium, type Browser } from './chromium.js';
import { adoptStyleSheet, overflowProblems, TEXT_SPACING_CSS } from './layout.js';
import { watchProblems } from './page-problems.js';

const SEED = path.join(import.meta.dirname, '../../content/american-locker-2004-05.txt');
const GENERATED = 8;
const SCHEMES = ['light', 'dark'] as const;
/** An IR home page's sidebar, a content column, and a phone. */
const FRAME_WIDTHS = [320, 600] as const;

/**
 * An investor-relations site on another origin (another port): its page holds the iframe it
 * is asked for, as an IR home page would.
 */
interface IrSite {
  origin: string;
  pageWith(src: string, width: number): string;
  close(): Promise<void>;
}

async function startIrSite(): Promise<IrSite> {
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const src = query.get('src') ?? '';
    const width = Number(query.get('width') ?? '600');
    const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Investors</title></head>` +
      `<body><main><h1>Investors</h1><iframe title="Press releases" src="${attribute(src)}" width="${String(width)}" height="640"></iframe></main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    origin,
    pageWith: (src, width) => `${origin}/?${new URLSearchParams({ src, width: String(width) }).toString()}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

let dir: string;
let irSite: IrSite;
let stranger: IrSite;
let pressroom: RunningServer;
let browser: Browser;
/** The seed release's path. */
let seed: string;

/** The seed and more releases than the widget lists by default, framable by the IR site only. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pressroom-embedding-'));
  await copyFile(SEED, path.join(dir, path.basename(SEED)));
  for (let index = 0; index < GENERATED; index += 1) {
    const { file, text } = generateRelease(index);
    await writeFile(path.join(dir, file), text);
  }
  [irSite, stranger] = await Promise.all([startIrSite(), startIrSite()]);
  [pressroom, browser] = await Promise.all([
    startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir, WATCH: '0', ACCESS_LOG: '0', FRAME_ANCESTORS: irSite.origin }),
      pino({ level: 'silent' }),
    ),
    launchChromium(),
  ]);
  const listed = (await (await fetch(new URL('/releases.json', pressroom.url))).json()) as { releases: { url: string; source: { file: string } }[] };
  seed = listed.releases.find((entry) => entry.source.file === path.basename(SEED))?.url ?? '';
});

afterAll(async () => {
  await Promise.all([browser.close(), pressroom.close(), irSite.close(), stranger.close()]);
  await rm(dir, { recursive: true, force: true });
});

const at = (urlPath: string): string => new URL(urlPath, pressroom.url).href;

interface Framed {
  page: Page;
  frame: Frame;
  problems: () => Promise<string[]>;
}

/** Opens the IR site's page holding `urlPath` in its iframe, and waits for the frame's content. */
async function framed(site: IrSite, urlPath: string, width: number, use: (framed: Framed) => Promise<void>): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: width + 100, height: 800 });
    const problems = await watchProblems(page);
    await page.goto(site.pageWith(at(urlPath), width), { waitUntil: 'load' });
    const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
    if (frame === null) throw new Error('the iframe has no frame');
    await use({ page, frame, problems });
  } finally {
    await page.close();
  }
}

const EMBEDS = [
  ['the latest releases', (): string => '/embed/latest'],
  ['the latest releases at a limit', (): string => '/embed/latest?limit=3'],
  ['an embedded release', (): string => `${seed}/embed`],
] as const;

describe.each(EMBEDS)('%s, in an iframe of an IR site on another origin', (_name, urlPath) => {
  it.each(SCHEMES)('shows without site chrome, with no accessibility violations or policy problems, in the %s scheme', async (colorScheme) => {
    await framed(irSite, urlPath(), 600, async ({ page, frame, problems }) => {
      await page.emulateMedia({ colorScheme });
      await expect.poll(() => frame.locator('main').count()).toBe(1);
      expect(await frame.locator('.site-header, .site-footer, form').count()).toBe(0);
      const findings = await axeViolations(frame);
      expect(findings, describeFindings(findings)).toEqual([]);
      expect(await problems()).toEqual([]);
    });
  });

  it.each(FRAME_WIDTHS)('in a frame %i px wide neither scrolls sideways nor cuts text off, even with wider text spacing', async (width) => {
    await framed(irSite, urlPath(), width, async ({ frame }) => {
      await expect.poll(() => frame.locator('main').count()).toBe(1);
      expect(await overflowProblems(frame)).toEqual([]);
      await adoptStyleSheet(frame, TEXT_SPACING_CSS);
      expect(await overflowProblems(frame)).toEqual([]);
    });
  });
});

describe('a link in an embed', () => {
  it('opens in the window that holds the iframe', async () => {
    await framed(irSite, '/embed/latest', 600, async ({ page, frame }) => {
      const first = frame.locator('.latest-list a').first();
      await expect.poll(() => frame.locator('.latest-list a').count()).toBe(5);
      const href = await first.getAttribute('href');
      await Promise.all([page.waitForURL(at(href ?? '')), first.click()]);
      expect(page.url()).toBe(at(href ?? ''));
      expect(await page.locator('h1').count()).toBe(1);
    });
  });
});

describe('a site FRAME_ANCESTORS does not name', () => {
  it('cannot frame the embed: the browser refuses it', async () => {
    await framed(stranger, '/embed/latest', 600, async ({ frame, problems }) => {
      await expect.poll(problems).toEqual(expect.arrayContaining([expect.stringMatching(/frame-ancestors/)]));
      expect(await frame.locator('.latest-list').count()).toBe(0);
    });
  });
});

describe('a release page with JSON-LD', () => {
  it('holds one NewsArticle script, which its content security policy allows by hash', async () => {
    const page = await browser.context.newPage();
    try {
      const problems = await watchProblems(page);
      const response = await page.goto(at(seed), { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='/);
      const text = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(text ?? '')).toMatchObject({ '@type': 'NewsArticle', headline: expect.any(String) as unknown });
      expect(await problems()).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
