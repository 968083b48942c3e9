import path from 'node:path';
import { ExportError } from './export-error.js';

const HTML = /^text\/html(?:;|$)/;
/** Characters a path on this site is made of: nothing that a file system or nginx reads specially. */
const SAFE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/?)*$/;

/**
 * Where a URL's body is written, relative to the export folder, so that a static server finds
 * it: a path with an extension as it is, a page without one as `<path>.html`, a folder's page
 * as `<path>/index.html` (nginx: `try_files $uri $uri.html ${uri}index.html`).
 */
export function fileFor(urlPath: string, contentType: string): string {
  if (!SAFE_PATH.test(urlPath) || urlPath.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new ExportError(`${urlPath}: not a path a static server can map to a file`);
  }
  const html = HTML.test(contentType);
  if (urlPath.endsWith('/')) {
    if (!html) throw new ExportError(`${urlPath}: a folder's page must be HTML to be exported, not ${contentType}`);
    return `${urlPath}index.html`.slice(1);
  }
  if (path.posix.extname(urlPath) !== '') return urlPath.slice(1);
  if (!html) throw new ExportError(`${urlPath}: a path without an extension must be HTML to be exported, not ${contentType}`);
  return `${urlPath}.html`.slice(1);
}
