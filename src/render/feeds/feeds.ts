import ejs from 'ejs';
import { Feed, type Item } from 'feed';
import { absoluteUrl, type Publication } from '../publication.js';
import { urls } from '../urls.js';
import type { FeedEntry } from './feed-entry.js';

/** How many of the newest releases a feed carries. */
export const FEED_SIZE = 50;
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';
const GENERATOR = 'Pressroom';
/** Feeds list releases written in English unless a release says otherwise. */
const FEED_LANGUAGE = 'en';
/** Characters XML 1.0 cannot carry at all, not even as references: left out of the XML feeds. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** RSS 2.0: titles and summaries as escaped HTML, as readers take them; the release in `content:encoded`. */
export function rssFeed(entries: readonly FeedEntry[], publication: Publication): string {
  const feed = feedOf(entries, publication);
  for (const entry of entries) feed.addItem(xmlItem(entry));
  return feed.rss2();
}

/** Atom 1.0: title, summary and content of type `html`; each entry by its company, where known. */
export function atomFeed(entries: readonly FeedEntry[], publication: Publication): string {
  const feed = feedOf(entries, publication);
  for (const entry of entries) {
    const item = xmlItem(entry);
    if (entry.company !== null) item.author = [{ name: xmlText(entry.company) }];
    feed.addItem(item);
  }
  return feed.atom1();
}

/** JSON Feed 1.1: plain-text titles and summaries, the release in `content_html`. */
export function jsonFeed(entries: readonly FeedEntry[], publication: Publication): string {
  const feed = feedOf(entries, publication);
  for (const entry of entries) {
    const item: Item = {
      id: entry.id,
      title: entry.title,
      link: entry.link,
      date: entry.updated.instant,
      published: entry.published.instant,
      content: entry.contentHtml,
    };
    if (entry.tags.length > 0) item.category = entry.tags.map((name) => ({ name }));
    if (entry.summary !== null) item.description = entry.summary;
    if (entry.company !== null) item.author = [{ name: entry.company }];
    feed.addItem(item);
  }
  return `${JSON.stringify(jsonFeedOneOne(JSON.parse(feed.json1()) as JsonFeedOne, entries), null, 2)}\n`;
}

function feedOf(entries: readonly FeedEntry[], publication: Publication): Feed {
  const home = absoluteUrl(publication, urls.home);
  const newest = entries.reduce((latest, entry) => Math.max(latest, entry.updated.instant.getTime()), 0);
  return new Feed({
    id: home,
    title: xmlText(publication.siteName),
    description: xmlText(`Press releases published by ${publication.siteName}`),
    link: home,
    language: FEED_LANGUAGE,
    // Made from the entries, never from the clock: the same releases give the same bytes.
    updated: new Date(newest),
    generator: GENERATOR,
    author: { name: xmlText(publication.siteName), link: home },
    feedLinks: {
      rss: absoluteUrl(publication, urls.feeds.rss),
      atom: absoluteUrl(publication, urls.feeds.atom),
      json: absoluteUrl(publication, urls.feeds.json),
    },
  });
}

/** RSS dates the item by `published`, Atom by `updated` and `published` both. */
function xmlItem(entry: FeedEntry): Item {
  const item: Item = {
    id: entry.id,
    title: xmlHtml(entry.title),
    link: entry.link,
    date: entry.updated.instant,
    published: entry.published.instant,
    content: xmlText(entry.contentHtml),
  };
  if (entry.tags.length > 0) item.category = entry.tags.map((tag) => ({ name: xmlText(tag), term: xmlText(tag) }));
  if (entry.summary !== null) item.description = xmlHtml(entry.summary);
  return item;
}

/** Plain text as HTML, for the fields feeds read as HTML; escaped, `]]>` cannot end a CDATA section early. */
function xmlHtml(text: string): string {
  return xmlText(ejs.escapeXML(text));
}

function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

interface JsonFeedOne {
  version: string;
  author?: unknown;
  items: ({ id: string; author?: unknown } & Record<string, unknown>)[];
  [key: string]: unknown;
}

/**
 * The library writes version 1; 1.1 names authors in a list and gives each item its language.
 * Dates keep the offset of the place the release belongs to, as written everywhere else.
 */
function jsonFeedOneOne({ author, items, ...feed }: JsonFeedOne, entries: readonly FeedEntry[]): Record<string, unknown> {
  return {
    ...feed,
    version: JSON_FEED_VERSION,
    language: FEED_LANGUAGE,
    ...(author === undefined ? {} : { authors: [author] }),
    items: items.map(({ author: itemAuthor, ...item }, index) => {
      const entry = entries[index];
      return {
        ...item,
        ...(entry === undefined ? {} : { date_published: entry.published.iso, date_modified: entry.updated.iso }),
        ...(itemAuthor === undefined ? {} : { authors: [itemAuthor] }),
        language: entry?.language ?? FEED_LANGUAGE,
      };
    }),
  };
}
