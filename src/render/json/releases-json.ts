import type { LoadedRelease } from '../../content/site.js';
import { canonicalUrl } from '../canonical.js';
import { listedHeadline } from '../headline-text.js';
import { concatenated, keptFor, type Steps } from '../steps.js';
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
const OPENING = Buffer.from('{\n  "releases": [\n', 'utf8');
const SEPARATOR = Buffer.from(',\n', 'utf8');
const CLOSING = Buffer.from('\n  ]\n}\n', 'utf8');
const NO_RELEASES = '{\n  "releases": []\n}\n';

/**
 * Writes `/releases.json`'s body (the bytes `jsonBody({ releases })` gives for every release's
 * `listedJson`) a release a step, keeping each release's bytes while it is the same object:
 * after an edit, only the changed releases are written again, and the body is copied together
 * from the kept bytes in steps.
 */
export function releasesJsonWriter(context: JsonContext): (releases: readonly LoadedRelease[]) => Steps<Buffer> {
  const entryOf = keptFor((loaded: LoadedRelease) =>
    Buffer.from(ENTRY_INDENT + JSON.stringify(listedJson(loaded, context), null, 2).replaceAll('\n', `\n${ENTRY_INDENT}`), 'utf8'));
  return function* write(releases) {
    if (releases.length === 0) return Buffer.from(NO_RELEASES, 'utf8');
    const pieces: Buffer[] = [OPENING];
    for (const loaded of releases) {
      if (pieces.length > 1) pieces.push(SEPARATOR);
      pieces.push(yield* entryOf(loaded));
    }
    pieces.push(CLOSING);
    return yield* concatenated(pieces);
  };
}
