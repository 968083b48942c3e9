import type { Block, Release } from '../release/model.js';
import { tableText } from '../release/table/table-text.js';

const FALLBACK_WORDS = 12;

/**
 * The title a release is shown and listed under: its headline, or for a filing without one a
 * stand-in built only from words the filing holds: its company and date, else the opening
 * words of its first block.
 */
export function headlineText(release: Release): string {
  if (release.headline) return release.headline.text;
  if (release.company !== null && release.dateline?.dateText) {
    return `${release.company}, ${release.dateline.dateText}`;
  }
  const first = [...release.preamble, ...release.body, ...(release.safeHarbor?.body ?? [])][0];
  const words = (first ? blockText(first) : '').split(' ').filter((w) => w !== '');
  if (words.length === 0) return 'Untitled release';
  return words.length > FALLBACK_WORDS ? `${words.slice(0, FALLBACK_WORDS).join(' ')} …` : words.join(' ');
}

function blockText(block: Block): string {
  if (block.type === 'list') return block.items.map((item) => item.text).join(' ');
  return block.type === 'table' ? tableText(block) : block.text;
}

/** The headline pages and lists show: front matter's, else the filing's, else the stand-in. */
export function listedHeadline({ meta, release }: { meta: { headline: string | null }; release: Release }): string {
  return meta.headline ?? headlineText(release);
}
