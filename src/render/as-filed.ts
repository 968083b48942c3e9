import type { LoadedRelease } from '../content/site.js';
import { decodeFiling } from '../release/decode.js';
import type { Release } from '../release/model.js';

/**
 * The release read as nothing but its text as filed, shown preformatted: what is published
 * when rendering its reading fails, so that a fault meeting a strange filing costs that
 * release its structure, never its publication.
 */
export function asFiled(loaded: LoadedRelease): LoadedRelease {
  const { text } = decodeFiling(loaded.source, loaded.file, Number.POSITIVE_INFINITY);
  const release: Release = {
    exhibit: null, banners: [], slugLine: null, headline: null, subheadline: null, deskLine: null,
    issued: null, dateline: null, preamble: [], date: null, company: null, wire: null, ticker: null,
    releaseNumber: null, contactBlocks: [], safeHarbor: null, trailer: [], warnings: [],
    body: [{ type: 'preformatted', line: 1, text: text.replace(/\n+$/, '') }],
  };
  return { ...loaded, release };
}

/** `render(loaded)`, or when that throws, the problem reported and `render` of the release as filed. */
export function renderOrAsFiled<T>(
  loaded: LoadedRelease,
  render: (loaded: LoadedRelease) => T,
  report: (loaded: LoadedRelease, error: unknown) => void,
): T {
  try {
    return render(loaded);
  } catch (error) {
    report(loaded, error);
    return render(asFiled(loaded));
  }
}
