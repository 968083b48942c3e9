import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/release/content-error.js';
import { firstUnfaithfulLine } from '../../src/release/fidelity.js';
import { sourceLines } from '../../src/release/lines/source-lines.js';
import { parseRelease } from '../../src/release/parse.js';

/** The default size limit: the largest file a content folder can hold. */
const SIZE = 2_000_000;
const GENEROUS_MS = 60_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

/** Shapes that make naive parsers recurse, backtrack or rescan: each must be read or refused. */
const hostile: Record<string, string> = {
  'one endless line': fill('word '),
  'a line of dot leaders': `a${fill(' .')}`,
  'an address that never ends': `x@${fill('a.')}`,
  'spaces between two letters': `A${' '.repeat(SIZE)}B`,
  'a dateline over and over': fill('NEW YORK, '),
  'a contact label on every line': fill('Contact:\n'),
  'a hyphen at the end of every line': fill('a-\n'),
  'a list without end': fill('- x\n'),
  'a table without end': fill('Revenue      $ 1      $ 2\n'),
  'a table of tab-separated cells without end': fill('Revenue\t$ 1\t$ 2\n'),
  'a rule of endless segments under a header': `       2004     2003\n${fill('--- ')}\nSales    1    2\nCost    3    4\n`,
  'a table on every other line': fill('Sales    1    2\nThe company said that it expects results to improve next year.\n'),
  'a caption over every table': fill('   ACME CORP\n\n        2004   2003\nSales      1      2\nCost       3      4\n'),
  'nested brackets': `${'('.repeat(SIZE / 2)}word${')'.repeat(SIZE / 2)}`,
  'a safe-harbor label over and over': fill('Safe Harbor Statement: '),
  'page markers only': fill('<PAGE>\n'),
};

describe('hostile content', () => {
  it.each(Object.entries(hostile))('reads or refuses %s, without crashing', (name, text) => {
    try {
      const release = parseRelease(text, `${name}.txt`);
      expect(firstUnfaithfulLine(sourceLines(text), release)).toBeNull();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
    }
  }, GENEROUS_MS);
});
