import type { LoadedRelease } from '../../content/site.js';
import type { Block, ContactBlock, Release, TableBlock, Ticker } from '../../release/model.js';
import { releaseTables } from '../../release/table/release-tables.js';
import { canonicalUrl } from '../canonical.js';
import { cutAtWord } from '../cut-at-word.js';
import { headlineText, listedHeadline } from '../headline-text.js';
import type { Publication } from '../publication.js';
import type { ReleaseClock } from '../release-dates.js';
import { urls } from '../urls.js';
import { blockViews, preformattedLabels, type BlockContext, type BlockView } from './block-view.js';
import { contactSection, type ContactSectionView } from './contact-view.js';
import { datedText, dateView, type DateView, type DatedTextView } from './dated-text.js';
import { pageTitle, type PageMeta } from './layout-view.js';
import { articleTags } from './social-tags.js';
import type { TablePlace } from './table-view.js';

/** Search engines show about this much of a description. */
const DESCRIPTION_MAX = 160;

export interface SlugLineView {
  before: string;
  /** The ticker as the slug line writes it, when it does. */
  ticker: string | null;
  after: string;
}

export interface ReleaseHeaderView {
  /** Ids of the headline and subheadline, which name a table that opens the release. */
  headlineId: string;
  subheadlineId: string;
  exhibit: string | null;
  banners: string[];
  slugLine: SlugLineView | null;
  headline: string;
  /** False when the filing has no headline and the page shows a stand-in built from its words. */
  headlineFiled: boolean;
  subheadline: string | null;
  deskLine: string | null;
  issued: DatedTextView | null;
}

export interface SafeHarborView {
  /** Null when the filing gives the statement no heading: the section is then named by aria-label. */
  heading: string | null;
  headingId: string;
  ariaLabel: string;
  blocks: BlockView[];
}

export interface ReleaseFooterView {
  releaseNumber: string | null;
  textHref: string;
  jsonHref: string;
}

/** A release listed just before or after this one. */
export interface NeighbourView {
  /** "Newer release" or "Older release". */
  label: string;
  href: string;
  headline: string;
  /** Null when it states no date. */
  date: DateView | null;
}

export interface ReleasePageView {
  header: ReleaseHeaderView;
  preamble: BlockView[];
  topContacts: ContactSectionView | null;
  body: BlockView[];
  safeHarbor: SafeHarborView | null;
  /** What the release goes on with after its safe harbor: part of the release, shown as such. */
  afterSafeHarbor: BlockView[];
  /** Trailer blocks filed before the closing contacts, then the contacts, then the rest. */
  trailerBeforeContacts: BlockView[];
  bottomContacts: ContactSectionView | null;
  trailerAfterContacts: BlockView[];
  footer: ReleaseFooterView;
  /** The next newer release, then the next older, where there is one; none where the release is shown alone (a feed). */
  neighbours: NeighbourView[];
}

export interface ReleasePage {
  meta: PageMeta;
  view: ReleasePageView;
}

/** Where the page sits among the site's releases, and what it says about itself. */
export interface ReleasePageContext {
  publication: Publication;
  clock: ReleaseClock;
  /** In the site's order: `newer` is listed just before it, `older` just after. */
  newer: LoadedRelease | null;
  older: LoadedRelease | null;
}

export function releasePage(loaded: LoadedRelease, context: ReleasePageContext): ReleasePage {
  const { release, slug, meta } = loaded;
  const { publication, clock } = context;
  const description = meta.summary === null ? null : cutAtWord(meta.summary, DESCRIPTION_MAX);
  const url = canonicalUrl(loaded, publication);
  const headline = listedHeadline(loaded);
  const neighbours = ([['Newer release', context.newer], ['Older release', context.older]] as const).flatMap(([label, other]) =>
    other === null ? [] : [{ label, href: urls.release(other.slug), headline: listedHeadline(other), date: dateView(clock.dateOf(other.meta)) }]);
  return {
    meta: {
      title: pageTitle(headline, release.company ?? publication.siteName),
      description,
      language: meta.language,
      alternates: [
        { type: 'application/json', href: urls.releaseJson(slug), title: null },
        { type: 'text/plain', href: urls.releaseText(slug), title: null },
      ],
      links: [{ rel: 'canonical', href: url }],
      metaTags: articleTags({
        title: headline,
        description,
        url,
        siteName: publication.siteName,
        language: meta.language,
        publishedTime: clock.publishedAt(meta)?.iso ?? null,
        modifiedTime: clock.updatedAt(meta)?.iso ?? null,
      }),
    },
    view: {
      ...releaseArticle(loaded, (path) => path),
      neighbours,
    },
  };
}

/**
 * The release alone, without neighbours, as a feed carries it: `link` makes the paths it links
 * to into what the reader can follow (absolute URLs, outside the site).
 */
export function releaseArticle({ release, slug }: Pick<LoadedRelease, 'release' | 'slug'>, link: (path: string) => string): ReleasePageView {
  return releaseView(release, slug, headlineText(release), link);
}

function releaseView(release: Release, slug: string, headline: string, link: (path: string) => string): ReleasePageView {
  const labels = preformattedLabels();
  const tablePlace = tablePlaces(release, slug);
  const context = (headingLevel: 2 | 3): BlockContext => ({
    headingLevel,
    dateline: release.dateline,
    date: release.date,
    preformattedLabel: labels,
    tablePlace,
  });
  const { top, bottom } = placeContacts(release);
  const closingLine = bottom[0]?.line ?? Number.POSITIVE_INFINITY;
  const trailer = (keep: (block: Block) => boolean): BlockView[] => blockViews(release.trailer.filter(keep), context(2));
  const twoSections = top.length > 0 && bottom.length > 0;
  return {
    header: headerView(release, headline),
    preamble: blockViews(release.preamble, context(2)),
    topContacts: contactSection(top, 'contacts-top', 'Contacts'),
    body: blockViews(release.body, context(2)),
    safeHarbor: release.safeHarbor && {
      heading: release.safeHarbor.heading,
      headingId: 'safe-harbor-heading',
      ariaLabel: 'Forward-looking statements',
      blocks: blockViews(release.safeHarbor.body, context(3)),
    },
    afterSafeHarbor: blockViews(release.afterSafeHarbor, context(2)),
    trailerBeforeContacts: trailer((block) => block.line < closingLine),
    bottomContacts: contactSection(bottom, 'contacts-bottom', twoSections ? 'More contacts' : 'Contacts'),
    trailerAfterContacts: trailer((block) => block.line >= closingLine),
    footer: { releaseNumber: release.releaseNumber, textHref: link(urls.releaseText(slug)), jsonHref: link(urls.releaseJson(slug)) },
    neighbours: [],
  };
}

/**
 * Numbers the release's tables in reading order, as their CSV downloads are numbered. Tables
 * without a caption that open the body (an exhibit that is only tables under a title) are
 * named by the release's title (headline and subheadline), the first by it alone, the others
 * with their own first label.
 */
function tablePlaces(release: Release, slug: string): (table: TableBlock) => TablePlace {
  const numbers = new Map(releaseTables(release).map((table, index) => [table, index + 1]));
  const opening = release.body.findIndex((block) => block.type !== 'table');
  const run = release.body.slice(0, opening === -1 ? release.body.length : opening);
  return (table) => {
    const number = numbers.get(table) ?? 0;
    const at = run.indexOf(table);
    const titled = at !== -1 && table.caption === null;
    const titleIds = [HEADLINE_ID, ...(release.subheadline ? [SUBHEADLINE_ID] : [])];
    return {
      number,
      csvHref: urls.releaseTable(slug, number),
      csvFile: `${slug}-table-${String(number)}.csv`,
      titleIds: titled ? titleIds : null,
      follows: titled && at > 0,
    };
  };
}

const HEADLINE_ID = 'headline';
const SUBHEADLINE_ID = 'subheadline';

function headerView(release: Release, headline: string): ReleaseHeaderView {
  return {
    headlineId: HEADLINE_ID,
    subheadlineId: SUBHEADLINE_ID,
    exhibit: release.exhibit?.text ?? null,
    banners: release.banners.map((banner) => banner.text),
    slugLine: release.slugLine && slugLineView(release.slugLine.text, release.ticker),
    headline,
    headlineFiled: release.headline !== null,
    subheadline: release.subheadline?.text ?? null,
    deskLine: release.deskLine?.text ?? null,
    issued: release.issued && datedText(release.issued.text, release.issued.dateText, release.date),
  };
}

function slugLineView(text: string, ticker: Ticker | null): SlugLineView {
  const written = ticker ? new RegExp(`${escapeRegExp(ticker.exchange)}\\s*:\\s*${escapeRegExp(ticker.symbol)}`, 'i').exec(text) : null;
  if (!written) return { before: text, ticker: null, after: '' };
  return {
    before: text.slice(0, written.index),
    ticker: written[0],
    after: text.slice(written.index + written[0].length),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Blocks filed above the headline open the article; the others close it. */
function placeContacts(release: Release): { top: ContactBlock[]; bottom: ContactBlock[] } {
  const start = release.headline?.line ?? release.dateline?.line ?? release.body[0]?.line ?? Number.POSITIVE_INFINITY;
  return {
    top: release.contactBlocks.filter((block) => block.line < start),
    bottom: release.contactBlocks.filter((block) => block.line >= start),
  };
}
