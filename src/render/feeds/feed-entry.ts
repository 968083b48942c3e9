import type { LoadedRelease } from '../../content/site.js';
import { canonicalUrl } from '../canonical.js';
import { listedHeadline } from '../headline-text.js';
import type { Publication } from '../publication.js';
import type { Moment, ReleaseClock } from '../release-dates.js';
import type { TimeZone } from '../time-zone.js';
import { feedId } from './feed-id.js';

/** One release as every feed carries it, in plain text except `contentHtml`. */
export interface FeedEntry {
  id: string;
  title: string;
  /** Absolute: the release's canonical URL. */
  link: string;
  /** When it was put out; for a release that states no date, when its file was last modified. */
  published: Moment;
  /** Front-matter `updated` when later than `published`, else `published`. */
  updated: Moment;
  summary: string | null;
  /** The release as its page shows it, without the site around it, its links absolute. */
  contentHtml: string;
  company: string | null;
  language: string;
  tags: readonly string[];
}

export interface FeedEntryContext {
  publication: Publication;
  clock: ReleaseClock;
  zone: TimeZone;
  /** The release's article markup, links absolute. */
  articleHtml: (loaded: LoadedRelease) => string;
}

export function feedEntry(loaded: LoadedRelease, { publication, clock, zone, articleHtml }: FeedEntryContext): FeedEntry {
  const { meta, release } = loaded;
  const published = clock.publishedAt(meta) ?? { instant: loaded.modified, iso: zone.iso(loaded.modified) };
  const updated = clock.updatedAt(meta);
  return {
    id: feedId(loaded, new URL(publication.siteUrl).hostname, clock.dateOf(meta)),
    title: listedHeadline(loaded),
    link: canonicalUrl(loaded, publication),
    published,
    updated: updated !== null && updated.instant > published.instant ? updated : published,
    summary: meta.summary,
    contentHtml: articleHtml(loaded),
    company: release.company,
    language: meta.language,
    tags: meta.tags,
  };
}
