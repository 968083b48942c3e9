import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { captureLogger } from './content/capture-logger.js';

const SEED = path.join(import.meta.dirname, 'fixtures/corpus/american-locker-2004-05.txt');
const SEED_SLUG = '2004-10-13-american-locker-group-postal-contract-extension';

describe('serving content with front matter', () => {
  let dir: string;
  let running: RunningServer | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pressroom-served-'));
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await rm(dir, { recursive: true });
  });

  async function start(): Promise<string> {
    const { logger } = captureLogger();
    running = await startServer(parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir }), logger);
    return running.url;
  }
  const fetchPath = (url: string, pathname: string): Promise<Response> => fetch(new URL(pathname, url));

  it('serves the filing as filed, without its front matter, at the front-matter slug', async () => {
    const filing = await readFile(SEED);
    await writeFile(path.join(dir, 'seed.txt'), Buffer.concat([Buffer.from('---\nslug: postal-contract\ntags: [usps]\n---\n'), filing]));
    const url = await start();
    const text = await fetchPath(url, '/releases/postal-contract.txt');
    expect(text.status).toBe(200);
    expect(Buffer.from(await text.arrayBuffer()).equals(filing)).toBe(true);
    const page = await (await fetchPath(url, '/releases/postal-contract')).text();
    expect(page).not.toContain('slug: postal-contract');
    expect(page).not.toContain('tags:');
  });

  it('answers 404 for every URL of a release under embargo, and leaves it out of the lists', async () => {
    await writeFile(path.join(dir, 'seed.txt'), Buffer.concat([Buffer.from('---\npublishAt: 2999-01-01T00:00:00Z\n---\n'), await readFile(SEED)]));
    await writeFile(path.join(dir, 'other.txt'), await readFile(path.join(import.meta.dirname, 'fixtures/corpus/cisco-1995-combinet-agreement.txt')));
    const url = await start();
    for (const suffix of ['', '.txt', '.json']) {
      expect((await fetchPath(url, `/releases/${SEED_SLUG}${suffix}`)).status).toBe(404);
    }
    const list = (await (await fetchPath(url, '/releases.json')).json()) as { releases: { slug: string }[] };
    expect(list.releases).toHaveLength(1);
    expect(list.releases.map((release) => release.slug)).not.toContain(SEED_SLUG);
    expect(await (await fetchPath(url, '/')).text()).not.toContain('AMERICAN LOCKER');
  });
});
