import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RepresentationInput } from './representation.js';
import { urls } from './urls.js';
import type { Chrome } from './view-models/layout-view.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const FINGERPRINT_HEX = 8;
/** A fingerprinted path names one version of the file for ever. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Asked for by name, so they cannot be fingerprinted: a day is a fair cache. */
const WELL_KNOWN_CACHE = 'public, max-age=86400';
const FAVICON = 'favicon.ico';
const WELL_KNOWN = new Set([FAVICON]);
const STYLESHEET = 'style.css';
const ICON = 'icon.svg';

export interface Assets {
  chrome: Chrome;
  resources: ReadonlyMap<string, RepresentationInput>;
}

/**
 * Reads every file in `dir` once and publishes it: /favicon.ico under its well-known name,
 * everything else under a path carrying a hash of its content, so pages can link to it for good.
 */
export async function loadAssets(dir: string): Promise<Assets> {
  const entries = await readdir(dir, { withFileTypes: true });
  const resources = new Map<string, RepresentationInput>();
  const published = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) throw new Error(`${path.join(dir, entry.name)}: only files are published from ${dir}`);
    const extension = path.extname(entry.name);
    const contentType = CONTENT_TYPES[extension];
    if (contentType === undefined) throw new Error(`${path.join(dir, entry.name)}: no content type known for "${extension}"`);
    const file = path.join(dir, entry.name);
    const [body, { mtime }] = await Promise.all([readFile(file), stat(file)]);
    const wellKnown = WELL_KNOWN.has(entry.name);
    const urlPath = wellKnown ? urls.wellKnown(entry.name) : urls.asset(path.basename(entry.name, extension), fingerprint(body), extension);
    const cacheControl = wellKnown ? WELL_KNOWN_CACHE : IMMUTABLE;
    resources.set(urlPath, { status: 200, contentType, cacheControl, lastModified: mtime, body });
    published.set(entry.name, urlPath);
  }
  const stylesheetHref = published.get(STYLESHEET);
  const faviconHref = published.get(FAVICON);
  if (stylesheetHref === undefined || faviconHref === undefined) {
    throw new Error(`${dir} must hold ${STYLESHEET} and ${FAVICON}`);
  }
  return { chrome: { stylesheetHref, faviconHref, iconHref: published.get(ICON) ?? null }, resources };
}

function fingerprint(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, FINGERPRINT_HEX);
}
