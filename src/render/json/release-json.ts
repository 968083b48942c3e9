import type { LoadedRelease } from '../../content/site.js';
import { headlineText } from '../headline-text.js';
import { urls } from '../urls.js';
import { blocksJson, type BlockJson } from './block-json.js';

export interface ContactJson {
  name: string | null;
  organization: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
}

/** The published shape of `/releases/:slug.json`; clients rely on it, so it is mapped field by field. */
export interface ReleaseJson {
  slug: string;
  headline: string;
  subheadline: string | null;
  date: string | null;
  company: string | null;
  ticker: { exchange: string; symbol: string } | null;
  wire: string | null;
  dateline: string | null;
  releaseNumber: string | null;
  contacts: ContactJson[];
  body: BlockJson[];
  safeHarbor: { heading: string | null; body: BlockJson[] } | null;
  /** What the release goes on with after its safe harbor. */
  afterSafeHarbor: BlockJson[];
  source: { file: string; url: string };
}

export function releaseJson({ slug, file, release }: LoadedRelease): ReleaseJson {
  return {
    slug,
    headline: headlineText(release),
    subheadline: release.subheadline?.text ?? null,
    date: release.date,
    company: release.company,
    ticker: release.ticker && { exchange: release.ticker.exchange, symbol: release.ticker.symbol },
    wire: release.wire,
    dateline: release.dateline?.text ?? null,
    releaseNumber: release.releaseNumber,
    contacts: release.contactBlocks.flatMap((block) =>
      block.contacts.map((contact) => ({
        name: contact.name,
        organization: contact.organization,
        phone: contact.phone,
        fax: contact.fax,
        email: contact.email,
      })),
    ),
    body: blocksJson([...release.preamble, ...release.body]),
    safeHarbor: release.safeHarbor && {
      heading: release.safeHarbor.heading,
      body: blocksJson(release.safeHarbor.body),
    },
    afterSafeHarbor: blocksJson(release.afterSafeHarbor),
    source: { file, url: urls.releaseText(slug) },
  };
}
