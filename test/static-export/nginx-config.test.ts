import { describe, expect, it } from 'vitest';
import { ExportError } from '../../src/static-export/export-error.js';
import type { ExportedFile, ExportedRedirect } from '../../src/static-export/export-site.js';
import { nginxInclude } from '../../src/static-export/nginx-config.js';

const PAGE: [string, string][] = [['X-Frame-Options', 'DENY'], ['Cache-Control', 'public, max-age=300']];
const ASSET: [string, string][] = [['X-Frame-Options', 'DENY'], ['Cache-Control', 'public, max-age=31536000, immutable']];
const file = (url: string | null, name: string, contentType: string, headers: [string, string][]): ExportedFile => ({ url, file: name, contentType, headers });

const FILES: ExportedFile[] = [
  file('/', 'index.html', 'text/html; charset=utf-8', PAGE),
  file('/releases/a', 'releases/a.html', 'text/html; charset=utf-8', PAGE),
  file('/releases/a.txt', 'releases/a.txt', 'text/plain; charset=utf-8', PAGE),
  file('/robots.txt', 'robots.txt', 'text/plain; charset=utf-8', [['X-Frame-Options', 'DENY'], ['Cache-Control', 'public, max-age=86400']]),
  file('/assets/style.1.css', 'assets/style.1.css', 'text/css; charset=utf-8', ASSET),
  file('/assets/style.2.css', 'assets/style.2.css', 'text/css; charset=utf-8', ASSET),
  file('/favicon.ico', 'favicon.ico', 'image/x-icon', PAGE),
  file(null, '404.html', 'text/html; charset=utf-8', [['X-Frame-Options', 'DENY'], ['Cache-Control', 'no-cache']]),
];

/** The directives of the location block opened by `opening`. */
function block(config: string, opening: string): string[] {
  const start = config.indexOf(`${opening} {\n`);
  if (start === -1) throw new Error(`no ${opening} in\n${config}`);
  return config.slice(start, config.indexOf('\n}', start)).split('\n').slice(1).map((line) => line.trim());
}

describe('nginxInclude', () => {
  const config = nginxInclude(FILES);

  it('serves the most common headers at /, with pages found without their .html', () => {
    expect(block(config, 'location /')).toEqual([
      'try_files $uri $uri.html ${uri}index.html =404;',
      'add_header X-Frame-Options "DENY" always;',
      'add_header Cache-Control "public, max-age=300" always;',
    ]);
  });

  it('gives an extension whose URLs all send other headers a pattern, and any other URL its own location', () => {
    expect(block(config, 'location ~ \\.css$')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(block(config, 'location = /robots.txt')).toContain('add_header Cache-Control "public, max-age=86400" always;');
    expect(config).not.toContain('location ~ \\.txt$');
    expect(config).not.toContain('location = /releases/a.txt');
    expect(config).not.toContain('location ~ \\.ico$');
  });

  it('answers a missing URL with the not-found page, which cannot be asked for by name', () => {
    expect(config).toContain('error_page 404 /404.html;');
    expect(block(config, 'location = /404.html')).toEqual([
      'internal;',
      'try_files $uri $uri.html ${uri}index.html =404;',
      'add_header X-Frame-Options "DENY" always;',
      'add_header Cache-Control "no-cache" always;',
    ]);
    expect(block(config, 'location ~ \\.(?:html|gz|br)$')).toEqual(['internal;']);
  });

  it('sends each type as the application does, precompressed where a sibling exists', () => {
    expect(block(config, 'types')).toEqual(['text/css css;', 'text/html html;', 'image/x-icon ico;', 'text/plain txt;']);
    expect(config).toContain('charset_types text/css text/html text/plain;');
    expect(config).toContain('gzip_static on;');
    expect(config).toContain('gzip_vary on;');
  });

  it('sends a URL whose type is not its extension\'s as the application does, from a location of its own', () => {
    const feeds = nginxInclude([
      file('/feed.xml', 'feed.xml', 'application/rss+xml; charset=utf-8', PAGE),
      file('/atom.xml', 'atom.xml', 'application/atom+xml; charset=utf-8', PAGE),
      file('/sitemap.xml', 'sitemap.xml', 'application/atom+xml; charset=utf-8', PAGE),
    ]);
    expect(block(feeds, 'types')).toEqual(['application/atom+xml xml;']);
    expect(block(feeds, 'location = /feed.xml')).toEqual([
      'types { }',
      'default_type application/rss+xml;',
      'try_files $uri $uri.html ${uri}index.html =404;',
      'add_header X-Frame-Options "DENY" always;',
      'add_header Cache-Control "public, max-age=300" always;',
    ]);
    expect(feeds).not.toContain('location = /atom.xml');
    expect(feeds).toContain('charset_types application/atom+xml application/rss+xml;');
  });

  it('answers a missing .json address with the JSON not-found answer, when there is one', () => {
    const json = nginxInclude([...FILES, file(null, '404.json', 'application/json; charset=utf-8', [['Cache-Control', 'no-cache']])]);
    expect(json).not.toContain('error_page 404 /404.html;');
    expect(json).toContain('set $not_found /404.html;\nif ($uri ~ "\\.json$") {\n    set $not_found /404.json;\n}\nerror_page 404 $not_found;');
    expect(block(json, 'location = /404.json')).toContain('internal;');
  });

  it('redirects as the application does: to the same path, query kept, with its headers', () => {
    const redirect: ExportedRedirect = { url: '/releases/old.json', location: '/releases/new.json', headers: [['Cache-Control', 'public, max-age=300']] };
    expect(block(nginxInclude(FILES, [redirect]), 'location = /releases/old.json')).toEqual([
      'absolute_redirect off;',
      'add_header Cache-Control "public, max-age=300" always;',
      'return 301 /releases/new.json$is_args$args;',
    ]);
    expect(() => nginxInclude(FILES, [{ ...redirect, location: '/releases/$host' }])).toThrow(ExportError);
  });

  it('quotes values nginx would read otherwise', () => {
    const quoting = nginxInclude([file('/', 'index.html', 'text/html', [['Link', '<a>; title="x\\y"']])]);
    expect(quoting).toContain('add_header Link "<a>; title=\\"x\\\\y\\"" always;');
  });

  it.each([
    ['a header with $', [file('/', 'index.html', 'text/html', [['X-Price', '$5']])]],
    ['a charset other than UTF-8', [file('/', 'index.html', 'text/html; charset=iso-8859-1', [])]],
    ['a URL ending in .gz', [file('/archive.gz', 'archive.gz', 'application/gzip', [])]],
  ])('refuses %s', (_name, files) => {
    expect(() => nginxInclude(files)).toThrow(ExportError);
  });
});
