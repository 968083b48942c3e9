import type { Block, Dateline, Release } from '../../release/model.js';

export type Paragraph = Extract<Block, { type: 'paragraph' }>;

/** The paragraph the dateline opens: filed on the dateline's line and starting with its text. */
export function isLead(block: Block, dateline: Dateline | null): block is Paragraph {
  return (
    dateline !== null &&
    block.type === 'paragraph' &&
    block.line === dateline.line &&
    block.text.startsWith(dateline.text)
  );
}

/** What the release says first, without its dateline: the lead, else the first paragraph. */
export function openingWords(release: Release): string | null {
  const lead = release.body.find((block) => isLead(block, release.dateline));
  if (lead && release.dateline) {
    return lead.text.slice(release.dateline.text.length).replace(/^[\s\-–—:,]+/, '');
  }
  const first = release.body.find((block): block is Paragraph => block.type === 'paragraph');
  return first ? first.text : null;
}
