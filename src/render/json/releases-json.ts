import type { LoadedRelease } from '../../content/site.js';
import { canonicalUrl } from '../canonical.js';
import { listedHeadline } from '../headline-text.js';
import type { Steps } from '../steps.js';
import { urls } from '../urls.js';
import type { JsonContext } from './json-context.js';

/** One release as `/releases.json` lists it. */
export interface ListedJson {
  slug: string;
  headline: string;
  date: string | null;
  company: string | null;
  url: string;
  canonical: string;
  source: { file: string };
}

/** One release as `/releases.json` lists it; the body is `{ "releases": [...] }`, newest first. */
export function listedJson(loaded: LoadedRelease, { publication, dateOf }: JsonContext): ListedJson {
  return {
    slug: loaded.slug,
    headline: listedHeadline(loaded),
    date: dateOf(loaded),
    company: loaded.release.company,
    url: urls.release(loaded.slug),
    canonical: canonicalUrl(loaded, publication),
    source: { file: loaded.file },
  };
}

/** Where each release's entry starts in the published body: inside `releases`, two levels deep. */
const ENTRY_INDENT = '    ';

/**
 * Writes `/releases.json`'s body (the bytes `jsonBody({ releases })` gives for every release's
 * `listedJson`) a release a step, keeping each release's text while it is the same object:
 * after an edit, the body is what was kept, joined, and only the changed releases are written
 * again.
 */
export function releasesJsonWriter(context: JsonContext): (releases: readonly LoadedRelease[]) => Steps<Buffer> {
  const written = new WeakMap<LoadedRelease, string>();
  return function* write(releases) {
    if (releases.length === 0) return Buffer.from('{\n  "releases": []\n}\n', 'utf8');
    const entries: string[] = [];
    for (const loaded of releases) {
      let entry = written.get(loaded);
      if (entry === undefined) {
        entry = ENTRY_INDENT + JSON.stringify(listedJson(loaded, context), null, 2).replaceAll('\n', `\n${ENTRY_INDENT}`);
        written.set(loaded, entry);
        yield;
      }
      entries.push(entry);
    }
    return Buffer.from(`{\n  "releases": [\n${entries.join(',\n')}\n  ]\n}\n`, 'utf8');
  };
}
