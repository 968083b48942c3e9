import type { LoadedRelease } from '../../content/site.js';
import { headlineText } from '../headline-text.js';
import type { Block, ContactBlock, Release, TableBlock, Ticker } from '../../release/model.js';
import { afterDateline, type Paragraph } from '../../release/sections/lead.js';
import { releaseTables } from '../../release/table/release-tables.js';
import { cutAtWord } from '../cut-at-word.js';
import { urls } from '../urls.js';
import { blockViews, preformattedLabels, type BlockContext, type BlockView } from './block-view.js';
import { contactSection, type ContactSectionView } from './contact-view.js';
import { datedText, type DatedTextView } from './dated-text.js';
import { pageTitle, type PageMeta } from './layout-view.js';
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
}

export interface ReleasePage {
  meta: PageMeta;
  view: ReleasePageView;
}

export function releasePage(loaded: LoadedRelease): ReleasePage {
  const { release, slug } = loaded;
  const headline = headlineText(release);
  const description = openingWords(release);
  return {
    meta: {
      title: pageTitle(headline),
      description: description === null || description === '' ? null : cutAtWord(description, DESCRIPTION_MAX),
      alternates: [
        { type: 'application/json', href: urls.releaseJson(slug) },
        { type: 'text/plain', href: urls.releaseText(slug) },
      ],
    },
    view: releaseView(release, slug, headline),
  };
}

function releaseView(release: Release, slug: string, headline: string): ReleasePageView {
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
    footer: { releaseNumber: release.releaseNumber, textHref: urls.releaseText(slug), jsonHref: urls.releaseJson(slug) },
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

/** What the release says first, without its dateline: the lead, else the first paragraph. */
function openingWords(release: Pick<Release, 'body' | 'dateline'>): string | null {
  return afterDateline(release.body, release.dateline) ?? release.body.find((block): block is Paragraph => block.type === 'paragraph')?.text ?? null;
}
