import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { generateRelease } from '../../bench/scale/generate-releases.js';
import { parseConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';

const ROOT = path.join(import.meta.dirname, '../..');

/**
 * The seed, the longest release of the corpus, one with a wide table and a bullet list, one
 * with a letterhead kept as laid out in its header, and an earnings release with several wide
 * financial tables.
 */
const FILES = {
  seed: path.join(ROOT, 'content/american-locker-2004-05.txt'),
  southern: path.join(ROOT, 'test/fixtures/corpus/southern-2005-q4-earnings.txt'),
  bwModern: path.join(ROOT, 'test/fixtures/releases/bw-modern.txt'),
  letterhead: path.join(ROOT, 'test/fixtures/releases/letterhead.txt'),
  tables: path.join(ROOT, 'test/fixtures/corpus/pericom-2003-q4-results.txt'),
} as const;

/** Enough more releases, like real ones, for searches with several pages of results. */
const GENERATED = 24;
/** Every generated release names its ticker on NASDAQ in its lead. */
const QUERY = 'nasdaq';

type ReleaseName = keyof typeof FILES;
export type PageName = ReleaseName | 'index' | 'notFound' | 'search' | 'searchPrompt' | 'searchTooLong';

/** What each page answers with; the others, 200. */
export const STATUS: Partial<Record<PageName, number>> = { notFound: 404, searchTooLong: 400 };

export interface PageUnderTest {
  name: PageName;
  url: string;
  /** The text as filed, when the page shows a release. */
  filed: string | null;
}

export interface SiteUnderTest {
  /** The seed, the index, the other releases, the 404 page and the search pages, in that order. */
  pages: readonly PageUnderTest[];
  page(name: PageName): PageUnderTest;
  close(): Promise<void>;
}

interface ReleasesJson {
  releases: { url: string; source: { file: string } }[];
}

/** Serves the releases with the real server, from a temporary content folder. */
export async function startSite(): Promise<SiteUnderTest> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pressroom-browser-'));
  const removeDir = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    for (const file of Object.values(FILES)) await copyFile(file, path.join(dir, path.basename(file)));
    for (let index = 0; index < GENERATED; index += 1) {
      const { file, text } = generateRelease(index);
      await writeFile(path.join(dir, file), text);
    }
  } catch (error) {
    await removeDir();
    throw error;
  }
  const server = await startServer(
    parseConfig({ PORT: '0', HOST: '127.0.0.1', CONTENT_DIR: dir, WATCH: '0' }),
    pino({ level: 'silent' }),
  ).catch(async (error: unknown) => {
    await removeDir();
    throw error;
  });
  const close = async (): Promise<void> => {
    await server.close();
    await removeDir();
  };
  try {
    const pages = await findPages(server.url);
    return {
      pages,
      page(name) {
        const found = pages.find((candidate) => candidate.name === name);
        if (found === undefined) throw new Error(`no page named ${name}`);
        return found;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Release addresses come from the listing, as a reader's client would find them. */
async function findPages(base: string): Promise<PageUnderTest[]> {
  const absolute = (href: string): string => new URL(href, base).href;
  const listed = (await (await fetch(absolute('/releases.json'))).json()) as ReleasesJson;
  const release = async (name: ReleaseName): Promise<PageUnderTest> => {
    const file = path.basename(FILES[name]);
    const entry = listed.releases.find((candidate) => candidate.source.file === file);
    if (entry === undefined) throw new Error(`${file} is not listed in /releases.json`);
    return { name, url: absolute(entry.url), filed: await readFile(FILES[name], 'utf8') };
  };
  return [
    await release('seed'),
    { name: 'index', url: absolute('/'), filed: null },
    await release('southern'),
    await release('bwModern'),
    await release('letterhead'),
    await release('tables'),
    { name: 'notFound', url: absolute('/no-such-page'), filed: null },
    { name: 'search', url: absolute(`/search?q=${QUERY}&page=2`), filed: null },
    { name: 'searchPrompt', url: absolute('/search'), filed: null },
    { name: 'searchTooLong', url: absolute(`/search?q=${'shares '.repeat(30)}`), filed: null },
  ];
}
