import type { Block, Dateline } from '../model.js';

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

/** The lead paragraph's words after its dateline ("Cisco Systems Inc. today announced ..."). */
export function afterDateline(body: readonly Block[], dateline: Dateline | null): string | null {
  const lead = body.find((block) => isLead(block, dateline));
  return lead && dateline ? lead.text.slice(dateline.text.length).replace(/^[\s\-–—:,]+/, '') : null;
}
