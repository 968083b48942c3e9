import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../src/release/blocks/read-blocks.js';
import { joinLines, joinLinesAndHead } from '../../../src/release/blocks/reflow.js';
import { sourceLines } from '../../../src/release/lines/source-lines.js';

const word = fc.stringMatching(/^[a-z]{2,11}$/).filter((w) => !/^(?:[ivx]+|[a-z])$/.test(w));
const sentence = fc.array(word, { minLength: 3, maxLength: 18 }).map((words) => {
  const [first = 'it', ...rest] = words;
  return `${first[0]?.toUpperCase() ?? ''}${first.slice(1)} ${rest.join(' ')}.`;
});
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((sentences) => sentences.join(' '));

/** Greedy wrap at the width, as word processors and wire services did; `first` opens the first line. */
function wrap(text: string, width: number, first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const w of text.split(' ')) {
    if (line !== '' && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line.trim() === '' ? `${line}${w}` : `${line} ${w}`;
    }
  }
  return [...lines, line];
}

/** Pads the gaps of every line but the last until it is exactly the width. */
function justify(lines: readonly string[], width: number): string[] {
  return lines.map((line, index) => {
    const lead = /^ */.exec(line)?.[0] ?? '';
    const words = line.trim().split(' ');
    if (index === lines.length - 1 || words.length < 2) return line;
    const gaps = words.length - 1;
    const spare = width - line.length;
    return lead + words.reduce((out, w, i) => (i === 0 ? w : `${out}${' '.repeat(1 + Math.floor(spare / gaps) + (i <= spare % gaps ? 1 : 0))}${w}`), '');
  });
}

const layoutStyle = fc.record({
  width: fc.integer({ min: 60, max: 80 }),
  justified: fc.boolean(),
  indent: fc.constantFrom(0, 4, 5),
  separation: fc.constantFrom('blank', 'first-line-indent'),
});

function lay(paragraphs: readonly string[], style: { width: number; justified: boolean; indent: number; separation: string }): string {
  return paragraphs
    .map((text) => {
      const lines = wrap(text, style.width - style.indent, style.separation === 'first-line-indent' ? '   ' : '');
      return (style.justified ? justify(lines, style.width - style.indent) : lines).map((l) => ' '.repeat(style.indent) + l).join('\n');
    })
    .join(style.separation === 'blank' ? '\n\n' : '\n');
}

describe('reflow of hard-wrapped text', () => {
  it('gives back every paragraph exactly, whatever the width, justification and indent', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), layoutStyle, (paragraphs, style) => {
        const text = lay(paragraphs, style);
        // The width is read from wrapped lines: a filing has a few at least.
        fc.pre(text.split('\n').length - paragraphs.length >= 3);
        const read = readBlocks(sourceLines(text)).blocks.map((block) => {
          expect(block.shape).toBe('text');
          return joinLines(block.lines.map((l) => l.text));
        });
        expect(read).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });

  it('reads each line as a paragraph when the text was never wrapped', () => {
    fc.assert(
      fc.property(fc.array(paragraph.filter((p) => p.length > 120), { minLength: 2, maxLength: 5 }), fc.boolean(), (paragraphs, blankLines) => {
        const read = readBlocks(sourceLines(paragraphs.join(blankLines ? '\n\n' : '\n'))).blocks.map((block) => joinLines(block.lines.map((l) => l.text)));
        expect(read).toEqual(paragraphs);
      }),
      { numRuns: 100 },
    );
  });

  it('joins the first lines as joining them alone does', () => {
    const line = fc.array(fc.constantFrom('', ' ', '  ', 'Acme', 'super-', 'regional', 'www.acme.com/', '2004.html', '-TM-', 'Inc.'), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.nat(9), (lines, count) => {
        expect(joinLinesAndHead(lines, count)).toEqual({ text: joinLines(lines), head: joinLines(lines.slice(0, count)) });
      }),
    );
  });
});
