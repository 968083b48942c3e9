import type { RawBlock } from '../blocks/raw-blocks.js';
import { findEmails } from '../recognisers/web-addresses.js';
import type { Contact } from '../model.js';
import { findPhones } from '../recognisers/phones.js';
import { collapse } from '../blocks/text.js';

/** "For further information contact:", "Media Contact:", "CONTACT:", "/CONTACT:", "Contacts:". */
const CONTACT_LABEL = /^\/?(?:[A-Za-z][A-Za-z&,.'’/ -]{0,50}?\s)?contacts?(?:\s+(?:information|info|details))?\s*:\s*/i;
/** Role labels that open a contact entry inside a contact block: "Investors:", "Media Relations:". */
const ROLE_LABEL = /^(?:investors?|media|analysts?|press|editorial|news media|financial media|trade media|(?:investor|media|public|press) relations|investor inquiries|media inquiries)\s*(?:contacts?)?\s*:\s*/i;
const FIELD = /^(phone|tel(?:ephone)?|ph|office|direct|main|mobile|cell|fax|facsimile|e-?mail|web(?:site)?|release (?:no\.?|number|#))\s*[:.]?\s*/i;
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
const RELEASE_NUMBER = /^release (?:no\.?|number|#)\s*[:.]?\s*(\S+)/i;
const ORGANIZATION_WORD = /\b(?:inc|incorporated|corp|corporation|company|co|group|llc|llp|ltd|plc|lp|holdings|partners|associates|communications|relations|agency|bank|bancorp|systems|technologies|technology|software|computer|international|worldwide|global|capital|financial|pr|public|media|investor|investors|department|office|industries|energy|foods|motors|pharmaceuticals|therapeutics|networks|solutions|services|labs|laboratories|trust|fund|university|institute|association)\b\.?/i;
const TITLE_WORD = /\b(?:president|officer|director|manager|vice|chief|ceo|cfo|coo|treasurer|secretary|head|spokesperson|spokesman|spokeswoman|chairman|counsel|analyst|specialist|coordinator|executive|senior|svp|evp|vp)\b/i;
/** A department rather than an organisation: "Investor Relations", "Corporate Communications". */
const DEPARTMENT = /^(?:(?:investor|media|public|press|corporate|financial|external|government|marketing)\s+)+(?:relations|communications|affairs|office|department)$/i;
const NAME = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][A-Za-z'’-]+(?: (?:[A-Z]\.|[A-Z][A-Za-z'’-]+)){1,3}(?:,? (?:Jr\.|Sr\.|II|III|IV))?$/;
const SENTENCE = /[a-z]{3,}[.!?]$/;
/** Commas and "or" between the parts of a line, but not the comma before "Inc." or "Jr.". */
const PART_SEPARATOR = /\s*[,;]\s+(?!(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|Jr|Sr|II|III|IV|L\.P|N\.A)\b)(?=\S)|\s+or\s+(?=[A-Z(+\d])/;

/** "Contacts", "Media Contacts": a heading over the contact entries that follow. */
const CONTACT_HEADING = /^(?:(?:media|press|investor|investors|analyst|company) (?:relations )?)?contacts?:?$/i;

/** The lines open with a contact label or heading, or a role label with a number or address under it. */
export function isContactBlock(block: RawBlock): boolean {
  const first = collapse(block.lines[0]?.text ?? '');
  if (CONTACT_LABEL.test(first) || CONTACT_HEADING.test(first)) return true;
  return ROLE_LABEL.test(first) && block.lines.some((line) => hasPhoneOrEmail(line.text));
}

/** A line that opens a contact entry with its label: "Media Contact: Laura Kim, 207-555-0166". */
export function opensContact(line: string): boolean {
  return CONTACT_LABEL.test(collapse(line));
}

/** A block at the top that holds only short lines with a number or address: a letterhead. */
export function isContactLike(block: RawBlock): boolean {
  return (
    block.lines.some((line) => hasPhoneOrEmail(line.text)) &&
    block.lines.every((line) => collapse(line.text).length <= 60 && !SENTENCE.test(line.text.trim()))
  );
}

function hasPhoneOrEmail(text: string): boolean {
  return findPhones(text).length > 0 || findEmails(text).length > 0;
}

const COLUMN_GAP = 3;

/**
 * Where a second column starts when a block sets people side by side: two lines at least with
 * text on both sides of a gap of three or more spaces ending at the same column, and no line
 * with a word across that column. A label with its value hanging under it is not columns.
 */
export function columnStart(lines: readonly string[]): number | null {
  const support = new Map<number, number>();
  for (const line of lines) {
    for (const match of line.matchAll(/\S( {3,})(?=\S)/g)) {
      const start = match.index + 1 + (match[1]?.length ?? 0);
      support.set(start, (support.get(start) ?? 0) + 1);
    }
  }
  const candidates = [...support].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const found = candidates.find(([start]) => lines.every((line) => line.length <= start || line.slice(start - COLUMN_GAP + 1, start) === ' '.repeat(COLUMN_GAP - 1)));
  return found?.[0] ?? null;
}

/** The lines cut at a column: the left column's lines, then the right's, blank parts left out. */
export function splitColumns(lines: readonly string[], start: number): string[][] {
  const left = lines.map((line) => collapse(line.slice(0, start))).filter((text) => text !== '');
  const right = lines.map((line) => collapse(line.slice(start))).filter((text) => text !== '');
  return [left, right];
}

export interface ReadContacts {
  contacts: Contact[];
  releaseNumber: string | null;
}

/**
 * Reads the people in a contact block, line by line: a label or a second name starts a new
 * person; an organisation line names the organisation of the person it follows, or of those
 * that come after it when it comes first.
 */
export function readContacts(lines: readonly string[]): ReadContacts {
  const contacts: Contact[] = [];
  let releaseNumber: string | null = null;
  let current: Contact | null = null;
  let sharedOrganization: string | null = null;

  for (const raw of lines) {
    let line = collapse(raw);
    const label = CONTACT_LABEL.exec(line) ?? ROLE_LABEL.exec(line);
    if (label) {
      line = line.slice(label[0].length);
      current = null;
    }
    if (/^(?:or|and)$/i.test(line)) {
      current = null;
      continue;
    }
    const releaseMatch = RELEASE_NUMBER.exec(line);
    if (releaseMatch) {
      releaseNumber = releaseMatch[1] ?? null;
      continue;
    }
    line.split(PART_SEPARATOR).forEach((part, index) => {
      // After a name on the same line, another name-like part is where the person works.
      const kind = index > 0 && current?.name != null && current.organization === null && classify(part) === 'name' ? 'organization' : classify(part);
      if (kind === 'organization' && current === null && contacts.length === 0) {
        sharedOrganization = part;
        return;
      }
      if (current === null || (kind === 'name' && current.name !== null)) {
        current = { name: null, organization: sharedOrganization, phone: null, fax: null, email: null };
        contacts.push(current);
      }
      assign(current, kind, part);
    });
  }
  return { contacts: contacts.filter((c) => c.name ?? c.phone ?? c.email ?? c.fax), releaseNumber };
}

type Kind = 'phone' | 'fax' | 'email' | 'name' | 'organization' | 'other';

function classify(part: string): Kind {
  const field = FIELD.exec(part)?.[1]?.toLowerCase() ?? '';
  if (field.startsWith('fax') || field === 'facsimile') return 'fax';
  if (/^e-?mail$/.test(field) || findEmails(part).length > 0) return 'email';
  if (findPhones(part).length > 0) return 'phone';
  if (field.startsWith('web') || URL_TEXT.test(part) || part === '') return 'other';
  if (NAME.test(part) && !ORGANIZATION_WORD.test(part) && !TITLE_WORD.test(part)) return 'name';
  if (TITLE_WORD.test(part) || DEPARTMENT.test(part)) return 'other';
  return 'organization';
}

function assign(contact: Contact, kind: Kind, part: string): void {
  const value = part.replace(FIELD, '');
  if (kind === 'phone') contact.phone ??= findPhones(value)[0]?.text ?? value;
  if (kind === 'fax') contact.fax ??= findPhones(value)[0]?.text ?? value;
  if (kind === 'email') contact.email ??= findEmails(value)[0]?.text ?? value;
  if (kind === 'name') contact.name = part;
  if (kind === 'organization') contact.organization ??= part;
}
