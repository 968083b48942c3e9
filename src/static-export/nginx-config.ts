import path from 'node:path';
import { ExportError } from './export-error.js';
import { NOT_FOUND_FILE, NOT_FOUND_JSON_FILE, type ExportedFile, type ExportedRedirect } from './export-site.js';

/** Only this charset is written into content types; nginx adds it to the types listed. */
const CHARSET = 'utf-8';
/** Files that exist for nginx's sake, not as URLs: answered as missing when asked for by name. */
const NOT_URLS = ['html', 'gz', 'br'];
/** What a redirect's address and target may hold: nothing nginx reads specially in a location or a `return`. */
const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/;

/**
 * The part of an nginx `server` block that serves an export as Pressroom serves the site: the
 * same content types, the same headers for each URL (from what the application sent),
 * precompressed siblings, pages without their `.html`, the not-found pages (in JSON for a
 * `.json` address) and the redirects. URLs sharing their headers share a location: the most
 * common set is the default, an extension whose URLs all share another set gets a pattern, and
 * any other URL its own exact location; so does a URL sent as another type than most files
 * with its extension (an Atom feed beside an RSS one, both `.xml`).
 */
export function nginxInclude(files: readonly ExportedFile[], redirects: readonly ExportedRedirect[] = []): string {
  const urls = files.filter((file): file is ExportedFile & { url: string } => file.url !== null);
  const notFound = files.filter((file) => file.url === null);
  const types = typesByExtension(files);
  const ownType = (file: ExportedFile): string | null => {
    const { type } = mediaType(file.contentType);
    return types.get(extensionOf(file.file)) === type ? null : type;
  };
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
    const type = ownType(file);
    const typeLines = type === null ? [] : ['types { }', `default_type ${type};`];
    if ((keyOf(file) !== defaultKey && !patterned) || type !== null) locations.push(location(`= ${file.url}`, file.headers, typeLines));
  }
  for (const page of notFound) locations.push(location(`= /${page.file}`, page.headers, ['internal;']));
  locations.push(`location ~ \\.(?:${NOT_URLS.join('|')})$ {\n    internal;\n}`);
  for (const redirect of redirects) locations.push(redirectLocation(redirect));

  return [
    '# Written by `npm run export` from the headers Pressroom sends: export again rather than edit.',
    '# Include it in the server block whose root is the export folder.',
    typesBlock(files),
    'default_type application/octet-stream;',
    `charset ${CHARSET};`,
    ...charsetTypes(files).map((types) => `charset_types ${types};`),
    'gzip_static on;',
    'gzip_vary on;',
    ...notFoundPages(notFound),
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

/** For each extension, the type most of its files are sent as (the first of equals). */
function typesByExtension(files: readonly ExportedFile[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const file of files) {
    const extension = extensionOf(file.file);
    const { type } = mediaType(file.contentType);
    const ofExtension = counts.get(extension) ?? new Map<string, number>();
    ofExtension.set(type, (ofExtension.get(type) ?? 0) + 1);
    counts.set(extension, ofExtension);
  }
  const types = new Map<string, string>();
  for (const [extension, ofExtension] of counts) {
    const [most] = [...ofExtension].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (most !== undefined) types.set(extension, most[0]);
  }
  return types;
}

function typesBlock(files: readonly ExportedFile[]): string {
  const lines = [...typesByExtension(files)].sort(([a], [b]) => a.localeCompare(b)).map(([extension, type]) => `    ${type} ${extension};`);
  return `types {\n${lines.join('\n')}\n}`;
}

/** The not-found page, and for a `.json` address the JSON one when the export has it. */
function notFoundPages(pages: readonly ExportedFile[]): string[] {
  if (!pages.some((page) => page.file === NOT_FOUND_JSON_FILE)) return [`error_page 404 /${NOT_FOUND_FILE};`];
  return [
    `set $not_found /${NOT_FOUND_FILE};`,
    `if ($uri ~ "\\.json$") {\n    set $not_found /${NOT_FOUND_JSON_FILE};\n}`,
    'error_page 404 $not_found;',
  ];
}

/** `301` to the same target as the application, query kept, with the headers it sends and no host added. */
function redirectLocation({ url, location: target, headers }: ExportedRedirect): string {
  for (const address of [url, target]) {
    if (!PLAIN_PATH.test(address)) throw new ExportError(`${address}: not a path nginx can redirect as written`);
  }
  const lines = ['absolute_redirect off;', ...headers.map(([name, value]) => `add_header ${name} ${quoted(name, value)} always;`), `return 301 ${target}$is_args$args;`];
  return `location = ${url} {\n${lines.map((line) => `    ${line}`).join('\n')}\n}`;
}

/** The `charset_types` list, if any type carries the charset. */
function charsetTypes(files: readonly ExportedFile[]): string[] {
  const types = new Set(files.map((file) => mediaType(file.contentType)).filter(({ charset }) => charset !== null).map(({ type }) => type));
  return types.size === 0 ? [] : [[...types].sort().join(' ')];
}
