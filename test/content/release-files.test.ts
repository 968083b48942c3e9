import { FiledBytes } from '../../src/content/filed-bytes.js';
import { describe, expect, it } from 'vitest';
import { NO_FRONT_MATTER } from '../../src/content/front-matter/read.js';
import type { FileOutcome, FolderScan } from '../../src/content/load.js';
import { ReleaseFiles } from '../../src/content/release-files.js';
import { releaseMeta } from '../../src/content/release-meta.js';
import { minimalRelease } from '../fixtures/seed-release.js';

function read(file: string, headline: string): FileOutcome {
  const release = minimalRelease({ headline });
  return {
    kind: 'release',
    file,
    stamp: `${file} ${headline}`,
    renameKey: '',
    source: FiledBytes.of(new TextEncoder().encode(headline)),
    release,
    frontMatter: NO_FRONT_MATTER,
    meta: releaseMeta(release, NO_FRONT_MATTER),
    modified: new Date('2025-01-01T00:00:00Z'),
    warnings: [],
  };
}

function scan(...outcomes: FileOutcome[]): FolderScan {
  return { outcomes: new Map(outcomes.map((outcome) => [outcome.file, outcome])), ignored: [], unreadable: [] };
}

describe('ReleaseFiles', () => {
  it('gives the entry of a file read once as the same object until the file is read again', () => {
    const files = new ReleaseFiles();
    const a = read('a.txt', 'A');
    files.commit(scan(a, read('b.txt', 'B')), 0);
    const [firstA, firstB] = files.entries();
    const change = files.commit(scan(a, read('b.txt', 'B edited')), 1);
    const [secondA, secondB] = files.entries();
    expect(change.reread).toEqual(new Set(['b.txt']));
    expect(secondA).toBe(firstA);
    expect(secondB).not.toBe(firstB);
    expect(secondB).toMatchObject({ identity: firstB?.identity, file: 'b.txt', release: { headline: { text: 'B edited' } } });
  });

  it('gives files added together identities in file order, whatever order the scan lists them in', () => {
    const files = new ReleaseFiles();
    files.commit(scan(read('c.txt', 'C')), 0);
    files.commit(scan(read('c.txt', 'C'), read('b.txt', 'B'), read('a.txt', 'A')), 1);
    const identities = Object.fromEntries(files.entries().map(({ file, identity }) => [file, identity]));
    expect(identities).toEqual({ 'c.txt': 0, 'b.txt': 2, 'a.txt': 1 });
  });
});
