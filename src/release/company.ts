import type { ContactBlock } from './model.js';

const SUBJECT = /^((?:The )?[A-Z][\w&'’.-]*(?:,? (?:[A-Z][\w&'’.-]*|of|and|&|de|du|la)){0,6}?),?(?: \([^)]*\))?,? (?:today|recently|has|have|will|is|was|said|says|announces|reports|won|began|made|[a-z]+ed)\b/;
const TRAILING_COMMA = /,$/;

/**
 * The issuing company: the organisation the first contact names, else the subject of the
 * lead sentence ("Cisco Systems Inc. today announced ...").
 */
export function findCompany(contactBlocks: readonly ContactBlock[], leadAfterDateline: string | null): string | null {
  for (const block of contactBlocks) {
    const organization = block.contacts.find((contact) => contact.organization !== null)?.organization;
    if (organization != null) return organization;
  }
  const subject = leadAfterDateline === null ? undefined : SUBJECT.exec(leadAfterDateline)?.[1];
  return subject?.replace(TRAILING_COMMA, '') ?? null;
}
