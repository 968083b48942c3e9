import { randomUUID } from 'node:crypto';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import path from 'node:path';
import { capture } from '../http/capture.js';
import type { RenderedSite, Representation } from '../render/representation.js';
import { ExportError } from './export-error.js';
import { fileFor } from './file-path.js';

/** Headers a static server writes itself, from the file it sends. */
const SERVER_WRITTEN = new Set(['content-type', 'content-length', 'content-encoding', 'etag', 'last-modified', 'vary']);
/** Headers a static server writes itself when it redirects. */
const REDIRECT_WRITTEN = new Set([...SERVER_WRITTEN, 'location']);
/** Where the not-found page goes: where nginx is told to find it, and static hosts look for it. */
export const NOT_FOUND_FILE = '404.html';
/** The not-found answer to a `.json` address, in JSON. */
export const NOT_FOUND_JSON_FILE = '404.json';
/** URLs exported at once: enough to keep the compression threads busy, few enough to keep memory low. */
const AT_ONCE = 8;

export interface ExportedFile {
  /** The URL path it answers, or null for a not-found page. */
  url: string | null;
  /** Relative to the export folder, with `.gz` and `.br` siblings. */
  file: string;
  contentType: string;
  /** Every other header the application sends with it, in order: what a static server must add. */
  headers: readonly (readonly [string, string])[];
}

/** A permanent redirect, which a static server answers from its configuration. */
export interface ExportedRedirect {
  url: string;
  location: string;
  /** Every other header the application sends with it. */
  headers: readonly (readonly [string, string])[];
}

export interface Exported {
  /** Every URL's file, then the not-found pages (HTML, then JSON). */
  files: ExportedFile[];
  redirects: ExportedRedirect[];
  bytes: number;
}

/**
 * Writes every URL the site holds, with its gzip and brotli forms and its modification time,
 * and the not-found pages, into `out`, which must be empty or not exist; and lists the
 * redirects. Headers are those the application sends for each URL, recorded by running a
 * request for it through `app`.
 */
export async function exportSite(site: RenderedSite, app: RequestListener, out: string): Promise<Exported> {
  await mkdir(out, { recursive: true });
  if ((await readdir(out)).length > 0) throw new ExportError(`${out} is not empty: export into an empty folder, so that nothing stale is served`);
  const files: ExportedFile[] = [];
  const taken = new Map<string, string>();
  let bytes = 0;

  /** `url` null: the not-found page, written to `notFoundFile`, asked for by a path ending in its extension. */
  const write = async (url: string | null, representation: Representation, status: number, notFoundFile = NOT_FOUND_FILE): Promise<void> => {
    const head = await capture(app, { method: 'GET', url: url ?? `/${randomUUID()}${path.posix.extname(notFoundFile)}`, headers: {} });
    if (head.status !== status) throw new ExportError(`${url ?? 'a missing page'}: answered ${head.status}, and only ${status} can be exported`);
    const file = url === null ? notFoundFile : fileFor(url, representation.contentType);
    const clash = taken.get(file);
    if (clash !== undefined) throw new ExportError(`${url ?? 'the not-found page'} and ${clash} would both be written to ${file}`);
    taken.set(file, url ?? 'the not-found page');
    const { identity, gzip, br } = await representation.complete();
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    await Promise.all([writeFile(target, identity), writeFile(`${target}.gz`, gzip), writeFile(`${target}.br`, br)]);
    if (representation.lastModified !== null) {
      const modified = new Date(representation.lastModified);
      await Promise.all([target, `${target}.gz`, `${target}.br`].map((written) => utimes(written, modified, modified)));
    }
    bytes += identity.length + gzip.length + br.length;
    files.push({ url, file, contentType: representation.contentType, headers: copiedHeaders(head.headers) });
  };

  const queue = [...site.resources];
  const workers = Array.from({ length: AT_ONCE }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [url, representation] = next;
      await write(url, representation, 200);
    }
  });
  await Promise.all(workers);
  await write(null, site.notFound, 404);
  await write(null, site.notFoundJson, 404, NOT_FOUND_JSON_FILE);
  files.sort((a, b) => (a.url ?? `\uffff${a.file}`).localeCompare(b.url ?? `\uffff${b.file}`));

  const redirects: ExportedRedirect[] = [];
  for (const [url, { location }] of site.redirects) {
    const head = await capture(app, { method: 'GET', url, headers: {} });
    if (head.status !== 301) throw new ExportError(`${url}: answered ${head.status} where a redirect was declared`);
    redirects.push({ url, location, headers: copiedHeaders(head.headers, REDIRECT_WRITTEN) });
  }
  redirects.sort((a, b) => a.url.localeCompare(b.url));
  return { files, redirects, bytes };
}

function copiedHeaders(flat: readonly string[], written: ReadonlySet<string> = SERVER_WRITTEN): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i] ?? '';
    if (!written.has(name.toLowerCase())) headers.push([name, flat[i + 1] ?? '']);
  }
  return headers;
}
