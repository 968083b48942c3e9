import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ejs from 'ejs';
import type { EmbedLayoutView } from './view-models/embed-view.js';
import type { ErrorPageView } from './view-models/error-view.js';
import type { IndexPageView } from './view-models/index-view.js';
import type { LatestView } from './view-models/latest-view.js';
import type { LayoutView } from './view-models/layout-view.js';
import type { ReleasePageView } from './view-models/release-view.js';
import type { SearchPageView } from './view-models/search-view.js';

/** The page templates, compiled, each fed one typed view model. */
export interface Templates {
  layout: (view: LayoutView) => string;
  release: (view: ReleasePageView) => string;
  index: (view: IndexPageView) => string;
  error: (view: ErrorPageView) => string;
  search: (view: SearchPageView) => string;
  /** The document of a page for another site's iframe, as `layout` is of the site's own pages. */
  embed: (view: EmbedLayoutView) => string;
  latest: (view: LatestView) => string;
}

type Compiled = (view: object) => string;

const PAGES = ['layout', 'release', 'index', 'error', 'search', 'embed', 'latest'] as const;
const PARTIALS_DIR = 'partials';

/**
 * Reads and compiles every template under `dir` once. Pages call partials as
 * `this.partial('name', view)`: partials are compiled here with the pages, so rendering never
 * reads or compiles a file, and unlike EJS `include` nothing is cached in module state.
 * `guard`, for tests, wraps each view a page or partial is handed (in one that refuses a field
 * the view model lacks, so a misspelled field fails instead of rendering empty); EJS then hands
 * the wrapped view to the template as it is, instead of a copy of its fields.
 */
export async function loadTemplates(dir: string, guard?: (view: object) => object): Promise<Templates> {
  const partials = new Map<string, Compiled>();
  // An option @types/ejs does not list: the view as handed, not a copy of its fields.
  const handed = { unsafePrototypeLocals: guard !== undefined };
  const context = {
    partial(name: string, view: object): string {
      const partial = partials.get(name);
      if (!partial) throw new Error(`no partial template "${name}" in ${path.join(dir, PARTIALS_DIR)}`);
      return partial(view);
    },
  };
  const compileFile = async (file: string): Promise<Compiled> => {
    const source = await readFile(file, 'utf8');
    const template = ejs.compile(source, {
      filename: file,
      strict: true,
      localsName: 'view',
      context,
      rmWhitespace: true,
      ...handed,
    });
    return guard ? (view) => template(guard(view)) : (view) => template(view);
  };

  const partialFiles = (await readdir(path.join(dir, PARTIALS_DIR))).filter((name) => name.endsWith('.ejs'));
  for (const name of partialFiles) {
    partials.set(path.basename(name, '.ejs'), await compileFile(path.join(dir, PARTIALS_DIR, name)));
  }
  const [layout, release, index, error, search, embed, latest] = await Promise.all(
    PAGES.map((page) => compileFile(path.join(dir, `${page}.ejs`))),
  );
  if (!layout || !release || !index || !error || !search || !embed || !latest) throw new Error(`missing page templates in ${dir}`);
  return { layout, release, index, error, search, embed, latest };
}
