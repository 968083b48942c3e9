import type { Release, TableBlock } from '../model.js';

/** The release's tables in reading order: top, body, safe harbor, what follows it, trailer. */
export function releaseTables(release: Pick<Release, 'preamble' | 'body' | 'safeHarbor' | 'afterSafeHarbor' | 'trailer'>): TableBlock[] {
  return [...release.preamble, ...release.body, ...(release.safeHarbor?.body ?? []), ...release.afterSafeHarbor, ...release.trailer].filter(
    (block): block is TableBlock => block.type === 'table',
  );
}
