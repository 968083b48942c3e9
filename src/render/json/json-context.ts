import type { LoadedRelease } from '../../content/site.js';
import type { Publication } from '../publication.js';

/** What JSON needs beyond a release: the site's public URL, and which dates are real. */
export interface JsonContext {
  publication: Pick<Publication, 'siteUrl'>;
  /** The release's date when it states a real one, else null. */
  dateOf: (loaded: LoadedRelease) => string | null;
}
