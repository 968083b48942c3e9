import type { LoadedRelease } from '../content/site.js';
import { decodeFiling } from '../release/lines/decode.js';
import { sourceLines } from '../release/lines/source-lines.js';
import { releaseAsFiled } from '../release/parse.js';

/**
 * The release read as nothing but its text as filed, shown preformatted: what is published
 * when rendering its reading fails, so that a fault meeting a strange filing costs that
 * release its structure, never its publication.
 */
export function asFiled(loaded: LoadedRelease): LoadedRelease {
  const { text } = decodeFiling(loaded.source.bytes(), loaded.file, Number.POSITIVE_INFINITY);
  return { ...loaded, release: releaseAsFiled(sourceLines(text), 1) };
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
