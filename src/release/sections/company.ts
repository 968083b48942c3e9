import type { ContactBlock } from '../model.js';

const NAME = String.raw`(?:The )?[A-Z][\w&'’.-]*(?:,? (?:[A-Z][\w&'’.-]*|of|and|&|de|du|la)){0,6}?`;
const VERB = String.raw`(?:today|recently|has|have|will|is|was|said|says|announces|reports|won|began|made|[a-z]+ed)\b`;
/** "Cisco Systems Inc. today announced", "Acme, Inc. (NYSE: ACW), the leading maker of widgets, today reported". */
const SUBJECT = new RegExp(String.raw`^(${NAME}),?(?: \([^)]*\))?(?:,? ${VERB}|, (?:a|an|the) [^,]{3,120}, ${VERB})`);
const TRAILING_COMMA = /,$/;

/**
 * The issuing company: the subject of the lead sentence ("Cisco Systems Inc. today announced
 * ..."), given in full where a contact's organisation spells it out ("Apple" -> "Apple
 * Computer, Inc."); else the first organisation a contact names.
 */
export function findCompany(contactBlocks: readonly ContactBlock[], leadAfterDateline: string | null): string | null {
  const organizations = contactBlocks.flatMap((block) => block.contacts.map((contact) => contact.organization)).filter((o) => o !== null);
  const subject = leadAfterDateline === null ? undefined : SUBJECT.exec(leadAfterDateline)?.[1]?.replace(TRAILING_COMMA, '');
  if (subject === undefined) return organizations[0] ?? null;
  return organizations.find((organization) => organization.startsWith(`${subject} `)) ?? subject;
}
