import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Release } from '../../src/release/model.js';
import { parseRelease } from '../../src/release/parse.js';
import { releaseTables } from '../../src/release/table/release-tables.js';

/** What a careful reader finds in each real filing (`labels.json`, in the shared corpus's format). */
interface Label {
  file: string;
  headline: string | null;
  date: string | null;
  contacts: string[];
  has_safe_harbor: boolean;
  tables?: { first_line: number; last_line: number }[];
}

const FOLDER = new URL('../fixtures/filings/', import.meta.url);
const labels = JSON.parse(readFileSync(new URL('labels.json', FOLDER), 'utf8')) as Label[];

function read(file: string): Release {
  return parseRelease(readFileSync(new URL(file, FOLDER), 'utf8'), file);
}

describe.each(labels)('real filing $file', (label) => {
  const release = read(label.file);

  it('is read as a careful reader reads it', () => {
    expect({
      headline: release.headline?.text ?? null,
      date: release.date,
      contacts: release.contactBlocks.flatMap((b) => b.contacts.map((c) => c.name)),
      safeHarbor: release.safeHarbor !== null,
    }).toEqual({ headline: label.headline, date: label.date, contacts: label.contacts, safeHarbor: label.has_safe_harbor });
  });

  it('reads each of its tables as a table over the lines it spans', () => {
    const tables = releaseTables(release);
    expect(tables).toHaveLength(label.tables?.length ?? 0);
    for (const table of label.tables ?? []) expect(tables.some((t) => t.line <= table.last_line && table.first_line <= t.endLine)).toBe(true);
  });
});

describe('what these filings teach', () => {
  it('keeps the last person of a framed contact section that a page break and a rule follow', () => {
    const people = read('apple-1996-next-acquisition.txt').contactBlocks.flatMap((b) => b.contacts);
    expect(people.at(-1)).toEqual({ name: 'Nicole Overson', organization: 'NeXT Software Inc.', phone: '(415) 780-3731', fax: null, email: 'nicole@next.com' });
  });

  it('reads two people set side by side in tab-separated cells as two columns', () => {
    const [block] = read('oracle-2019-board-appointment.txt').contactBlocks;
    expect(block?.columns).toEqual([
      ['Contact: Ken Bond', 'Oracle Investor Relations', '1.650.607.0349', 'ken.bond@oracle.com'],
      ['Deborah Hellinger', 'Oracle Corporate Communications', '1.212.508.7935', 'deborah.hellinger@oracle.com'],
    ]);
  });

  it('takes the date from a banner that states it, beside a web address', () => {
    const release = read('buckle-2024-q3-results.txt');
    expect(release.issued).toMatchObject({ line: 7, text: 'For Immediate Release: November 22, 2024' });
  });

  it('gives a centred title block\'s company line to the top and its title to the headline', () => {
    const release = read('southern-2007-eps-factors.txt');
    expect(release.preamble).toEqual([{ type: 'paragraph', line: 2, text: 'Southern Company' }]);
  });
});
