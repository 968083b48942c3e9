import path from 'node:path';
import { ExportError } from './export-error.js';
import { NOT_FOUND_FILE, type ExportedFile } from './export-site.js';

/** Only this charset is written into content types; nginx adds it to the types listed. */
const CHARSET = 'utf-8';
/** Files that exist for nginx's sake, not as URLs: answered as missing when asked for by name. */
const NOT_URLS = ['html', 'gz', 'br'];

/**
 * The part of an nginx `server` block that serves an export as Pressroom serves the site: the
 * same content types, the same headers for each URL (from what the application sent),
 * precompressed siblings, pages without their `.html`, and the not-found page. URLs sharing
 * their headers share a location: the most common set is the default, an extension whose URLs
 * all share another set gets a pattern, and any other URL its own exact location.
 */
export function nginxInclude(files: readonly ExportedFile[]): string {
  const urls = files.filter((file): file is ExportedFile & { url: string } => file.url !== null);
  const notFound = files.find((file) => file.url === null);
  for (const { url } of urls) {
    const extension = extensionOf(url);
    if (NOT_URLS.includes(extension)) throw new ExportError(`${url}: a URL ending in .${extension} cannot be told from the files nginx reads`);
  }
  const keyOf = (file: ExportedFile): string => JSON.stringify(file.headers);
  const counts = new Map<string, number>();
  for (const file of urls) counts.set(keyOf(file), (counts.get(keyOf(file)) ?? 0) + 1);
  const defaultKey = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byExtension = new Map<string, Set<string>>();
  for (const file of urls) {
    const keys = byExtension.get(extensionOf(file.url)) ?? new Set();
    keys.add(keyOf(file));
    byExtension.set(extensionOf(file.url), keys);
  }

  const locations: string[] = [];
  const defaultFile = urls.find((file) => keyOf(file) === defaultKey);
  locations.push(location('/', defaultFile?.headers ?? []));
  for (const [extension, keys] of byExtension) {
    const [only] = keys;
    if (extension === '' || keys.size !== 1 || only === defaultKey) continue;
    const file = urls.find((candidate) => extensionOf(candidate.url) === extension);
    locations.push(location(`~ \\.${extension}$`, file?.headers ?? []));
  }
  for (const file of urls) {
    const keys = byExtension.get(extensionOf(file.url));
    const patterned = extensionOf(file.url) !== '' && keys?.size === 1;
    if (keyOf(file) !== defaultKey && !patterned) locations.push(location(`= ${file.url}`, file.headers));
  }
  if (notFound) locations.push(location(`= /${NOT_FOUND_FILE}`, notFound.headers, ['internal;']));
  locations.push(`location ~ \\.(?:${NOT_URLS.join('|')})$ {\n    internal;\n}`);

  return [
    '# Written by `npm run export` from the headers Pressroom sends: export again rather than edit.',
    '# Include it in the server block whose root is the export folder.',
    typesBlock(files),
    'default_type application/octet-stream;',
    `charset ${CHARSET};`,
    ...charsetTypes(files).map((types) => `charset_types ${types};`),
    'gzip_static on;',
    'gzip_vary on;',
    `error_page 404 /${NOT_FOUND_FILE};`,
    '',
    ...locations.map((block) => `${block}\n`),
  ].join('\n');
}

function extensionOf(url: string): string {
  return path.posix.extname(url).slice(1);
}

function location(match: string, headers: readonly (readonly [string, string])[], first: readonly string[] = []): string {
  const lines = [...first, 'try_files $uri $uri.html ${uri}index.html =404;', ...headers.map(([name, value]) => `add_header ${name} ${quoted(name, value)} always;`)];
  return `location ${match} {\n${lines.map((line) => `    ${line}`).join('\n')}\n}`;
}

function quoted(name: string, value: string): string {
  // nginx reads `$` in a string as a variable, and has no way to escape it.
  if (value.includes('$')) throw new ExportError(`the ${name} header holds "$", which nginx cannot send as written`);
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function mediaType(contentType: string): { type: string; charset: string | null } {
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter))?.slice('charset='.length).toLowerCase() ?? null;
  if (charset !== null && charset !== CHARSET) throw new ExportError(`${contentType}: only ${CHARSET} can be exported`);
  return { type, charset };
}

function typesBlock(files: readonly ExportedFile[]): string {
  const types = new Map<string, string>();
  for (const file of files) {
    const extension = path.posix.extname(file.file).slice(1);
    const { type } = mediaType(file.contentType);
    const known = types.get(extension);
    if (known !== undefined && known !== type) throw new ExportError(`.${extension} files are sent as both ${known} and ${type}`);
    types.set(extension, type);
  }
  const lines = [...types].sort(([a], [b]) => a.localeCompare(b)).map(([extension, type]) => `    ${type} ${extension};`);
  return `types {\n${lines.join('\n')}\n}`;
}

/** The `charset_types` list, if any type carries the charset. */
function charsetTypes(files: readonly ExportedFile[]): string[] {
  const types = new Set(files.map((file) => mediaType(file.contentType)).filter(({ charset }) => charset !== null).map(({ type }) => type));
  return types.size === 0 ? [] : [[...types].sort().join(' ')];
}
