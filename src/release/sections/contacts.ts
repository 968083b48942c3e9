import type { Contact } from '../model.js';
import { CONTACT_LABEL, ROLE_LABEL } from '../recognisers/contact-labels.js';
import { findPhones } from '../recognisers/phones.js';
import { transliterate } from '../recognisers/transliterations.js';
import { findEmails } from '../recognisers/web-addresses.js';
import { collapse } from '../recognisers/words.js';

const FIELD = /^(phone|tel(?:ephone)?|ph|office|direct|main|mobile|cell|fax|facsimile|e-?mail|web(?:site)?|release (?:no\.?|number|#))\s*[:.]?\s*/i;
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i;
const RELEASE_NUMBER = /^release (?:no\.?|number|#)\s*[:.]?\s*(\S+)/i;
const ORGANIZATION_WORD = /\b(?:inc|incorporated|corp|corporation|company|co|group|llc|llp|ltd|plc|lp|holdings|partners|associates|communications|relations|agency|bank|bancorp|systems|technologies|technology|software|computer|international|worldwide|global|capital|financial|pr|public|media|investor|investors|department|office|industries|energy|foods|motors|pharmaceuticals|therapeutics|networks|solutions|services|labs|laboratories|trust|fund|university|institute|association)\b\.?/i;
const TITLE_WORD = /\b(?:president|officer|director|manager|vice|chief|ceo|cfo|coo|treasurer|secretary|head|spokesperson|spokesman|spokeswoman|chairman|counsel|analyst|specialist|coordinator|executive|senior|svp|evp|vp)\b/i;
/** A department rather than an organisation: "Investor Relations", "Corporate Communications". */
const DEPARTMENT = /^(?:(?:investor|media|public|press|corporate|financial|external|government|marketing)\s+)+(?:relations|communications|affairs|office|department)$/i;
/** A person's name in any script, with initials and accents: "José Núñez", "Edward F. Ruttenberg". */
const NAME = /^(?:(?:Mr|Ms|Mrs|Dr)\.? )?\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}(?:,? (?:Jr\.|Sr\.|II|III|IV))?$/u;
const HONORIFIC = /^(?:Mr|Ms|Mrs|Dr)\.? /;
/** Commas and "or" between the parts of a line, but not the comma before "Inc." or "Jr.". */
const PART_SEPARATOR = /\s*[,;]\s+(?!(?:Inc|Ltd|LLC|LLP|Corp|Co|plc|Jr|Sr|II|III|IV|L\.P|N\.A)\b)(?=\S)|\s+or\s+(?=[A-Z(+\d])/;

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
    let line = collapse(transliterate(raw));
    const label = CONTACT_LABEL.exec(line) ?? ROLE_LABEL.exec(line);
    if (label) {
      line = line.slice(label[0].length);
      current = null;
    }
    // The slash that closes a wire's "/CONTACT: ... /" entry.
    if (!/https?:|www\./i.test(line)) line = line.replace(/\s*\/$/, '');
    if (/^(?:or|and)$/i.test(line)) {
      current = null;
      continue;
    }
    const releaseMatch = RELEASE_NUMBER.exec(line);
    if (releaseMatch) {
      releaseNumber = releaseMatch[1] ?? null;
      continue;
    }
    line.split(PART_SEPARATOR).forEach((labelled, index) => {
      // "Media: Claire Dubois, ...; Investors: Paul Martin, ...": a role label starts the next person.
      const role = index > 0 || label ? ROLE_LABEL.exec(labelled) : null;
      const part = role ? labelled.slice(role[0].length) : labelled;
      if (role) current = null;
      if (/^(?:or|and)$/i.test(part)) {
        current = null;
        return;
      }
      // "..., both of Summit Bancorp": the organisation of everyone named so far.
      const everyone = /^(?:both|all) of (.+)$/i.exec(part)?.[1];
      if (everyone !== undefined) {
        for (const contact of contacts) contact.organization ??= everyone;
        return;
      }
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
  // A label of any wording ("Trade Press:") names no one.
  if (field.startsWith('web') || URL_TEXT.test(part) || part === '' || part.endsWith(':')) return 'other';
  if (NAME.test(part) && !ORGANIZATION_WORD.test(part) && !TITLE_WORD.test(part)) return 'name';
  if (TITLE_WORD.test(part) || DEPARTMENT.test(part)) return 'other';
  return 'organization';
}

function assign(contact: Contact, kind: Kind, part: string): void {
  const value = part.replace(FIELD, '');
  if (kind === 'phone') contact.phone ??= findPhones(value)[0]?.text ?? value;
  if (kind === 'fax') contact.fax ??= findPhones(value)[0]?.text ?? value;
  if (kind === 'email') contact.email ??= findEmails(value)[0]?.text ?? value;
  if (kind === 'name') contact.name = part.replace(HONORIFIC, '');
  if (kind === 'organization') contact.organization ??= part;
}

/** The legal form that ends a company's name: "Southern Company", "Pericom Semiconductor Corporation". */
const COMPANY_SUFFIX = /\b(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|LLC|L\.P|LP|plc|PLC|N\.V|S\.A|AG|SE|Group|Bancorp|Holdings)\.?$/i;
const COMPANY_WORDS = 6;

/** A line that is only a company's name, as a letterhead or a title block opens with it. */
export function isOrganisationName(text: string): boolean {
  const name = collapse(text);
  return name.split(' ').length <= COMPANY_WORDS && COMPANY_SUFFIX.test(name) && /^[\p{Lu}\d]/u.test(name);
}
