import type { Release } from '../release/model.js';
import { afterDateline, type Paragraph } from '../release/sections/lead.js';
import type { FrontMatter } from './front-matter/read.js';
import type { ReleaseMeta } from './site.js';

const DEFAULT_LANGUAGE = 'en';

/** The front matter where it speaks, the filing where it does not. */
export function releaseMeta(release: Release, frontMatter: FrontMatter): ReleaseMeta {
  const opening = openingWords(release);
  return {
    headline: frontMatter.headline ?? release.headline?.text ?? null,
    date: frontMatter.date ?? release.date,
    summary: frontMatter.summary ?? (opening === null || opening === '' ? null : opening),
    canonical: frontMatter.canonical,
    aliases: frontMatter.aliases,
    publishAt: frontMatter.publishAt,
    updated: frontMatter.updated,
    tags: frontMatter.tags,
    language: frontMatter.language ?? DEFAULT_LANGUAGE,
    id: frontMatter.id,
  };
}

/** What the release says first, without its dateline: the lead, else the first paragraph. */
function openingWords(release: Pick<Release, 'body' | 'dateline'>): string | null {
  const lead = afterDateline(release.body, release.dateline);
  return lead ?? release.body.find((block): block is Paragraph => block.type === 'paragraph')?.text ?? null;
}

/** True when the release is public at `instant`. */
export function isPublishedAt(meta: Pick<ReleaseMeta, 'publishAt'>, instant: number): boolean {
  return meta.publishAt === null || meta.publishAt.epochMs <= instant;
}
