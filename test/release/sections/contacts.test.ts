import { describe, expect, it } from 'vitest';
import { readContacts } from '../../../src/release/sections/contacts.js';

const person = (fields: Partial<Record<'name' | 'organization' | 'phone' | 'fax' | 'email', string>>) => ({
  name: null, organization: null, phone: null, fax: null, email: null, ...fields,
});

describe('readContacts', () => {
  it('reads a label with the name beside it and fields below', () => {
    expect(readContacts([
      'For further information contact:  Edward F. Ruttenberg',
      'Phone: (412) 422-2377',
      'Fax:   (412) 422-2378',
      'Release No:  2004-05',
    ])).toEqual({
      contacts: [person({ name: 'Edward F. Ruttenberg', phone: '(412) 422-2377', fax: '(412) 422-2378' })],
      releaseNumber: '2004-05',
    });
  });

  it('reads name, organisation, phone and e-mail on lines of their own', () => {
    expect(readContacts(['Press Contact:', 'Rhona Hamilton', 'Apple Computer, Inc.', '(408) 974-6439', 'hamiton@apple.com']).contacts).toEqual([
      person({ name: 'Rhona Hamilton', organization: 'Apple Computer, Inc.', phone: '(408) 974-6439', email: 'hamiton@apple.com' }),
    ]);
  });

  it('keeps the first of two numbers and skips the web address', () => {
    expect(readContacts(['Media Contact:    Marc Rice', '404-506-5333 or 1-866-506-5333', 'media@southerncompany.com', 'www.southerncompany.com']).contacts).toEqual([
      person({ name: 'Marc Rice', phone: '404-506-5333', email: 'media@southerncompany.com' }),
    ]);
  });

  it('starts a new person at each label and each further name', () => {
    const { contacts } = readContacts([
      'CONTACT: Acme Corp.',
      'Jane Doe, 212-555-0100',
      'jane@acme.example',
      'or',
      'Investors: John Roe, (212) 555-0199',
    ]);
    expect(contacts).toEqual([
      person({ name: 'Jane Doe', organization: 'Acme Corp.', phone: '212-555-0100', email: 'jane@acme.example' }),
      person({ name: 'John Roe', organization: 'Acme Corp.', phone: '(212) 555-0199' }),
    ]);
  });
});
