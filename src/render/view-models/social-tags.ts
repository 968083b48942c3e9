import type { MetaTag } from './layout-view.js';

/** What a link preview shows of a page: Open Graph for most sites, Twitter's card for X. */
export interface Preview {
  title: string;
  description: string | null;
  /** Absolute: where the preview leads, the page's canonical URL. */
  url: string;
  siteName: string;
  /** BCP 47; Open Graph's locale is said only when the tag names a region ("en-US" -> "en_US"). */
  language: string;
}

export interface ArticlePreview extends Preview {
  /** ISO 8601 with its offset, or null for a release that states no date. */
  publishedTime: string | null;
  modifiedTime: string | null;
}

export function websiteTags(preview: Preview): MetaTag[] {
  return [...openGraph('website', preview), ...twitterCard(preview)];
}

export function articleTags(preview: ArticlePreview): MetaTag[] {
  const times: MetaTag[] = [];
  if (preview.publishedTime !== null) times.push(property('article:published_time', preview.publishedTime));
  if (preview.modifiedTime !== null) times.push(property('article:modified_time', preview.modifiedTime));
  return [...openGraph('article', preview), ...times, ...twitterCard(preview)];
}

function openGraph(type: string, { title, description, url, siteName, language }: Preview): MetaTag[] {
  const tags = [property('og:type', type), property('og:title', title)];
  if (description !== null) tags.push(property('og:description', description));
  tags.push(property('og:url', url), property('og:site_name', siteName));
  const locale = ogLocale(language);
  if (locale !== null) tags.push(property('og:locale', locale));
  return tags;
}

function twitterCard({ title, description }: Preview): MetaTag[] {
  const tags = [named('twitter:card', 'summary'), named('twitter:title', title)];
  if (description !== null) tags.push(named('twitter:description', description));
  return tags;
}

/** "fr-CA" -> "fr_CA"; null for a tag without a region, which Open Graph cannot say. */
function ogLocale(language: string): string | null {
  const locale = new Intl.Locale(language);
  return locale.region === undefined ? null : `${locale.language}_${locale.region}`;
}

function property(key: string, content: string): MetaTag {
  return { attribute: 'property', key, content };
}

function named(key: string, content: string): MetaTag {
  return { attribute: 'name', key, content };
}
