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
/** Where the not-found page goes: where nginx is told to find it, and static hosts look for it. */
export const NOT_FOUND_FILE = '404.html';
/** URLs exported at once: enough to keep the compression threads busy, few enough to keep memory low. */
const AT_ONCE = 8;

export interface ExportedFile {
  /** The URL path it answers, or null for the not-found page. */
  url: string | null;
  /** Relative to the export folder, with `.gz` and `.br` siblings. */
  file: string;
  contentType: string;
  /** Every other header the application sends with it, in order: what a static server must add. */
  headers: readonly (readonly [string, string])[];
}

export interface Exported {
  files: ExportedFile[];
  bytes: number;
}

/**
 * Writes every URL the site holds, with its gzip and brotli forms and its modification time,
 * and the not-found page, into `out`, which must be empty or not exist. Headers are those the
 * application sends for each URL, recorded by running a request for it through `app`.
 */
export async function exportSite(site: RenderedSite, app: RequestListener, out: string): Promise<Exported> {
  await mkdir(out, { recursive: true });
  if ((await readdir(out)).length > 0) throw new ExportError(`${out} is not empty: export into an empty folder, so that nothing stale is served`);
  const files: ExportedFile[] = [];
  const taken = new Map<string, string>();
  let bytes = 0;

  const write = async (url: string | null, representation: Representation, status: number): Promise<void> => {
    const head = await capture(app, { method: 'GET', url: url ?? `/${randomUUID()}`, headers: {} });
    if (head.status !== status) throw new ExportError(`${url ?? 'a missing page'}: answered ${head.status}, and only ${status} can be exported`);
    const file = url === null ? NOT_FOUND_FILE : fileFor(url, representation.contentType);
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
  files.sort((a, b) => (a.url ?? '\uffff').localeCompare(b.url ?? '\uffff'));
  return { files, bytes };
}

function copiedHeaders(flat: readonly string[]): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i] ?? '';
    if (!SERVER_WRITTEN.has(name.toLowerCase())) headers.push([name, flat[i + 1] ?? '']);
  }
  return headers;
}
