import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { captureLogger } from './content/capture-logger.js';

const CORPUS = path.join(import.meta.dirname, 'fixtures/corpus');
const SITE_URL = 'https://ir.example.com';
/** Under embargo until long after any test runs. */
const EMBARGO = 'publishAt: 2999-01-01T00:00:00Z';

/** The corpus files with front matter put in front: published, aliased, and one under embargo. */
async function writeContent(dir: string): Promise<void> {
  const filing = (name: string): Promise<Buffer> => readFile(path.join(CORPUS, name));
  const withFrontMatter = async (name: string, frontMatter: string[]): Promise<Buffer> =>
    Buffer.concat([Buffer.from(`---\n${frontMatter.join('\n')}\n---\n`), await filing(name)]);
  await writeFile(path.join(dir, 'cisco.txt'), await filing('cisco-1995-combinet-agreement.txt'));
  await writeFile(path.join(dir, 'apple.txt'), await withFrontMatter('apple-1999-shareholder-settlement.txt', ['slug: apple-settlement', 'aliases: [apple-old]']));
  await writeFile(path.join(dir, 'southern.txt'), await filing('southern-2005-q4-earnings.txt'));
  // Dated between the others: were it published, it would be a neighbour of two of them.
  await writeFile(path.join(dir, 'secret.txt'), await withFrontMatter('american-locker-2004-05.txt', [EMBARGO, 'slug: secret-deal', 'aliases: [secret-old]', 'headline: Secret merger']));
}

describe('the newsroom over HTTP', () => {
  let dir: string;
  let running: RunningServer | undefined;
  let url: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-newsroom-'));
    await writeContent(dir);
    const { logger } = captureLogger();
    running = await startServer(parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir, SITE_URL, SITE_NAME: 'Example IR' }), logger);
    url = running.url;
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await rm(dir, { recursive: true });
  });

  const get = (pathname: string): Promise<Response> => fetch(new URL(pathname, url), { redirect: 'manual' });
  const body = async (pathname: string): Promise<string> => {
    const res = await get(pathname);
    expect([pathname, res.status]).toEqual([pathname, 200]);
    return res.text();
  };

  it('answers 404 for every address of a release under embargo, its aliases too', async () => {
    for (const pathname of ['/releases/secret-deal', '/releases/secret-deal.txt', '/releases/secret-deal.json', '/releases/secret-old', '/releases/secret-old.json']) {
      expect([pathname, (await get(pathname)).status]).toEqual([pathname, 404]);
    }
  });

  it('leaves a release under embargo out of every list, archive, feed, sitemap and neighbour link', async () => {
    const everything = await Promise.all(
      ['/', '/releases/2004/', '/releases/1999/', '/releases/2005/', '/releases.json', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml',
        '/releases/apple-settlement', '/releases/2005-01-25-economic-strength-southeast-drives-southern-company-earnings-above'].map(async (pathname) => {
        const res = await get(pathname);
        return [pathname, res.status, await res.text()] as const;
      }),
    );
    for (const [pathname, status, text] of everything) {
      if (pathname === '/releases/2004/') {
        expect(status).toBe(404);
        continue;
      }
      expect([pathname, status]).toEqual([pathname, 200]);
      for (const secret of ['secret', 'Secret', 'AMERICAN LOCKER', 'american-locker']) expect([pathname, text.includes(secret)]).toEqual([pathname, false]);
    }
    const years = await body('/');
    expect(years).toContain('href="/releases/1999/"');
    expect(years).not.toContain('href="/releases/2004/"');
  });

  it('makes the embargoed release\'s neighbours each other\'s', async () => {
    const apple = await body('/releases/apple-settlement');
    expect(apple).toContain('href="/releases/2005-01-25-economic-strength-southeast-drives-southern-company-earnings-above"');
    expect(apple).toContain('href="/releases/1995-08-10-cisco-systems-acquire-combinet"');
  });

  it('redirects the page, text and JSON of an alias to the release, for good', async () => {
    for (const suffix of ['', '.txt', '.json']) {
      const res = await get(`/releases/apple-old${suffix}`);
      expect([res.status, res.headers.get('location')]).toEqual([301, `/releases/apple-settlement${suffix}`]);
    }
  });

  it('gives every release its absolute canonical URL, in its page, its JSON and the list', async () => {
    const page = await body('/releases/apple-settlement');
    expect(page).toContain('<link rel="canonical" href="https://ir.example.com/releases/apple-settlement">');
    expect(await body('/releases/1995-08-10-cisco-systems-acquire-combinet')).toContain('<title>CISCO SYSTEMS TO ACQUIRE COMBINET INC. | Cisco Systems Inc.</title>');
    expect(JSON.parse(await body('/releases/apple-settlement.json'))).toMatchObject({ canonical: 'https://ir.example.com/releases/apple-settlement' });
    const list = JSON.parse(await body('/releases.json')) as { releases: { slug: string; canonical: string; company: string | null }[] };
    expect(list.releases.map((release) => [release.slug, release.canonical, release.company])).toEqual([
      ['2005-01-25-economic-strength-southeast-drives-southern-company-earnings-above', 'https://ir.example.com/releases/2005-01-25-economic-strength-southeast-drives-southern-company-earnings-above', 'Southern Company'],
      ['apple-settlement', 'https://ir.example.com/releases/apple-settlement', 'Apple Computer, Inc.'],
      ['1995-08-10-cisco-systems-acquire-combinet', 'https://ir.example.com/releases/1995-08-10-cisco-systems-acquire-combinet', 'Cisco Systems Inc.'],
    ]);
    const sitemap = new XMLParser().parse(await body('/sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    expect(sitemap.urlset.url.map((entry) => entry.loc)).toContain('https://ir.example.com/releases/apple-settlement');
    expect(await body('/robots.txt')).toContain('Sitemap: https://ir.example.com/sitemap.xml\n');
  });

  it('redirects the old slug of a release whose slug an edit changed, from then on', { timeout: 20_000 }, async () => {
    const file = path.join(dir, 'cisco.txt');
    const filed = await readFile(file);
    await writeFile(path.join(dir, '.cisco.tmp'), Buffer.concat([Buffer.from('---\nslug: cisco-combinet\n---\n'), filed]));
    await rename(path.join(dir, '.cisco.tmp'), file);
    await expect.poll(async () => (await get('/releases/cisco-combinet')).status, { timeout: 10_000, interval: 100 }).toBe(200);
    const res = await get('/releases/1995-08-10-cisco-systems-acquire-combinet.json');
    expect([res.status, res.headers.get('location')]).toEqual([301, '/releases/cisco-combinet.json']);
  });
});
