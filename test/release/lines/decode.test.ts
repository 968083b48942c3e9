import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/release/content-error.js';
import { decodeFiling } from '../../../src/release/lines/decode.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const LIMIT = 1000;

function refusal(input: Uint8Array, limit = LIMIT): ContentError {
  try {
    decodeFiling(input, 'release.txt', limit);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

describe('decodeFiling', () => {
  it('turns CRLF and CR into LF and drops the byte order mark', () => {
    expect(decodeFiling(bytes('\uFEFFone\r\ntwo\rthree\n'), 'r.txt', LIMIT)).toEqual({ text: 'one\ntwo\nthree\n', warnings: [] });
  });

  it('refuses an empty or blank file', () => {
    expect(refusal(bytes('')).message).toBe('release.txt:1: file is empty');
    expect(refusal(bytes(' \n\n\t\n')).message).toBe('release.txt:1: file is empty');
  });

  it('refuses a file over the size limit before reading it as text', () => {
    expect(refusal(bytes('a'.repeat(11)), 10).message).toBe('release.txt:1: file is 11 bytes, over the limit of 10');
  });

  it('refuses a binary file, naming the line of the first NUL byte', () => {
    expect(refusal(new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01])).message).toBe('release.txt:3: binary file (NUL byte), not text');
  });

  it('refuses text that is not UTF-8, naming the line and the byte', () => {
    const latin1 = new Uint8Array([...bytes('Headline\nSoci'), 0xe9, ...bytes('t\u00e9\n')]);
    expect(refusal(latin1).message).toBe('release.txt:2: not UTF-8 (byte 0xE9); save the file as UTF-8');
  });

  it.each([
    ['an overlong encoding', [0xc0, 0xaf]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0xe2, 0x82]],
  ])('refuses %s', (_name, sequence) => {
    expect(refusal(new Uint8Array([...bytes('ok '), ...sequence])).reason).toMatch(/^not UTF-8/);
  });

  it('accepts any well-formed UTF-8', () => {
    expect(decodeFiling(bytes('Nestlé — “quoted” 日本 😀\n'), 'r.txt', LIMIT).text).toBe('Nestlé — “quoted” 日本 😀\n');
  });

  it('drops a stray control character with a warning on its line', () => {
    expect(decodeFiling(bytes('one\ntwo\u001a\n'), 'r.txt', LIMIT)).toEqual({
      text: 'one\ntwo\n',
      warnings: [{ line: 2, code: 'control-characters', reason: 'control characters dropped' }],
    });
  });

  it('refuses a file that is mostly control characters', () => {
    expect(refusal(bytes('\u0001\u0002\u0003abc')).reason).toMatch(/^binary file/);
  });
});
