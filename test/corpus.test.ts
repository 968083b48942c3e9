import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { type RunningServer, startServer } from '../src/server.js';
import { missingWords } from './fixtures/filed-words.js';

/** What a careful reader finds in each real filing of the corpus. */
interface Label {
  file: string;
  headline: string;
  date: string | null;
  contacts: string[];
  has_safe_harbor: boolean;
}

const CORPUS = new URL('fixtures/corpus/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', CORPUS), 'utf8')) as Label[];

interface Served {
  html: cheerio.CheerioAPI;
  json: { headline: string; date: string | null; contacts: { name: string | null }[]; safeHarbor: unknown };
}

describe('the corpus of real filings, served end to end', () => {
  let server: RunningServer;
  const served = new Map<string, Served>();

  beforeAll(async () => {
    const config = parseConfig({ PORT: '0', CONTENT_DIR: CORPUS.pathname, WATCH: '0' });
    server = await startServer(config, pino({ level: 'silent' }));
    const index = (await (await fetch(new URL('releases.json', server.url))).json()) as { releases: { url: string; source: { file: string } }[] };
    for (const entry of index.releases) {
      const page = await fetch(new URL(entry.url, server.url));
      expect(page.status).toBe(200);
      const json = (await (await fetch(new URL(`${entry.url}.json`, server.url))).json()) as Served['json'];
      served.set(entry.source.file, { html: cheerio.load(await page.text()), json });
    }
  });

  afterAll(async () => {
    await server.close();
  });

  it('publishes every labelled filing', () => {
    expect([...served.keys()].sort()).toEqual(labels.map((label) => label.file).sort());
  });

  describe.each(labels)('$file', (label) => {
    const get = (): Served => {
      const found = served.get(label.file);
      if (!found) throw new Error(`${label.file} was not published`);
      return found;
    };

    it('shows every word of the filing, as often as it is filed', () => {
      const filed = readFileSync(new URL(label.file, CORPUS), 'utf8');
      expect(missingWords(filed, get().html('main').text())).toEqual([]);
    });

    it('has the labelled headline as its one h1', () => {
      const { html, json } = get();
      expect(html('h1')).toHaveLength(1);
      expect(html('h1').text()).toBe(label.headline);
      expect(json.headline).toBe(label.headline);
    });

    it('states the labelled date, in a time element', () => {
      const { html, json } = get();
      expect(json.date).toBe(label.date);
      const times = html('article time').map((_, el) => html(el).attr('datetime')).get();
      expect(times[0] ?? null).toBe(label.date);
    });

    it('names the labelled contacts, in an address', () => {
      const { html, json } = get();
      expect(json.contacts.map((contact) => contact.name)).toEqual(label.contacts);
      for (const name of label.contacts) expect(html('address').text()).toContain(name);
    });

    it(label.has_safe_harbor ? 'sets the safe harbor apart in its own section' : 'has no safe-harbor section', () => {
      const { html, json } = get();
      expect(html('section.safe-harbor')).toHaveLength(label.has_safe_harbor ? 1 : 0);
      expect(json.safeHarbor !== null).toBe(label.has_safe_harbor);
    });
  });
});
