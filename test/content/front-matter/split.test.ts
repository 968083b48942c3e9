import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/content/front-matter/split.js';
import { ContentError } from '../../../src/release/content-error.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const lineBreaks = (text: string): number => (text.match(/\r\n|\r|\n/g) ?? []).length;

function split(text: string): { head: string; yaml: string | null; body: string; bodyLine: number } {
  const parts = splitFrontMatter(encode(text), 'a.txt');
  return { head: decode(parts.head), yaml: parts.yaml, body: decode(parts.body), bodyLine: parts.bodyLine };
}

describe('splitFrontMatter', () => {
  it('cuts the YAML between the --- lines from the filing after them', () => {
    expect(split('---\nslug: a\ndate: 2004-10-13\n---\nACME REPORTS\n')).toEqual({
      head: '---\nslug: a\ndate: 2004-10-13\n---\n',
      yaml: 'slug: a\ndate: 2004-10-13\n',
      body: 'ACME REPORTS\n',
      bodyLine: 5,
    });
  });

  it('leaves a file without front matter whole', () => {
    expect(split('ACME REPORTS\n---\nmore\n')).toEqual({ head: '', yaml: null, body: 'ACME REPORTS\n---\nmore\n', bodyLine: 1 });
    expect(split(' ---\nslug: a\n---\n').yaml).toBeNull();
    expect(split('----\nslug: a\n----\n').yaml).toBeNull();
    expect(split('---').yaml).toBeNull();
  });

  it('reads CRLF and CR line breaks, a byte order mark and spaces after the dashes', () => {
    expect(split('\uFEFF---  \r\nslug: a\r\n---\t\r\nBody\r\n')).toEqual({
      head: '\uFEFF---  \r\nslug: a\r\n---\t\r\n',
      yaml: 'slug: a\n',
      body: 'Body\r\n',
      bodyLine: 4,
    });
    expect(split('---\rslug: a\r---\rBody')).toMatchObject({ yaml: 'slug: a\n', body: 'Body', bodyLine: 4 });
  });

  it('takes empty front matter, and front matter closed at the end of the file', () => {
    expect(split('---\n---\nBody')).toEqual({ head: '---\n---\n', yaml: '', body: 'Body', bodyLine: 3 });
    expect(split('---\nslug: a\n---')).toEqual({ head: '---\nslug: a\n---', yaml: 'slug: a\n', body: '', bodyLine: 3 });
  });

  it('refuses front matter that is never closed, at line 1', () => {
    expect(() => splitFrontMatter(encode('---\nslug: a\nACME REPORTS\n'), 'a.txt')).toThrow(ContentError);
    try {
      splitFrontMatter(encode('---\nslug: a\n'), 'a.txt');
    } catch (error) {
      expect(error).toMatchObject({ file: 'a.txt', line: 1, reason: expect.stringMatching(/not closed/) as unknown });
    }
  });

  const line = fc.oneof(
    fc.constantFrom('---', '--- ', '----', '', ' ', 'slug: a', 'date: 2004-10-13', 'ACME REPORTS', '\uFEFF---'),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
  const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
  const lines = fc.array(fc.tuple(line, lineBreak), { maxLength: 12 }).map((all) => all.map(([text, end]) => text + end).join(''));
  const anyFile = fc.oneof(
    lines,
    fc.tuple(lineBreak, lines, lineBreak, lines).map(([first, yaml, last, body]) => `---${first}${yaml}---${last}${body}`),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
  );

  it('always gives back the whole file: front matter, then the filing', () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        let parts;
        try {
          parts = splitFrontMatter(encode(text), 'a.txt');
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          expect(text.replace(/^\uFEFF/, '')).toMatch(/^---[ \t]*(\r\n|\r|\n)/);
          return;
        }
        expect(Buffer.concat([parts.head, parts.body]).equals(Buffer.from(encode(text)))).toBe(true);
      }),
    );
  });

  it('keeps line numbers right: the filing starts on the line after the front matter, each YAML line one below its own', () => {
    fc.assert(
      fc.property(anyFile, (text) => {
        let parts;
        try {
          parts = splitFrontMatter(encode(text), 'a.txt');
        } catch {
          return;
        }
        const head = decode(parts.head);
        expect(parts.bodyLine).toBe(1 + lineBreaks(head));
        if (parts.yaml === null) {
          expect(parts.head).toHaveLength(0);
          return;
        }
        const fileLines = text.split(/\r\n|\r|\n/);
        const yamlLines = parts.yaml.split('\n');
        yamlLines.slice(0, -1).forEach((yamlLine, i) => {
          expect(fileLines[i + 1]).toBe(yamlLine);
        });
        expect(fileLines[parts.bodyLine - 2]?.trimEnd()).toBe('---');
      }),
    );
  });
});
