import { isUtf8 } from 'node:buffer';
import { ContentError } from '../content-error.js';
import type { Warning } from '../model.js';

export interface DecodedText {
  text: string;
  warnings: Warning[];
}

/** Control characters other than tab, line feed, carriage return and form feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const STRAY_CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g;

/**
 * Turns the bytes of a filing into text: UTF-8 only, line feeds only, no byte order mark.
 * Stray control characters (a DOS end-of-file mark, say) carry no words: they are dropped
 * with a warning. Anything that is not text is refused with the line it was found on.
 */
export function decodeFiling(bytes: Uint8Array, file: string, maxBytes: number): DecodedText {
  if (bytes.length > maxBytes) {
    throw new ContentError(file, 1, `file is ${bytes.length} bytes, over the limit of ${maxBytes}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(file, lineAt(bytes, nul), 'binary file (NUL byte), not text');
  }
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const byte = bytes[invalid] ?? 0;
    throw new ContentError(
      file,
      lineAt(bytes, invalid),
      `not UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}); save the file as UTF-8`,
    );
  }
  const decoded = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const text = decoded.includes('\r') ? decoded.replace(/\r\n?/g, '\n') : decoded;
  if (text.trim() === '') throw new ContentError(file, 1, 'file is empty');

  const strays = text.match(STRAY_CONTROL);
  // Most filings hold none: nothing to drop, no line to name.
  if (strays === null) return { text, warnings: [] };
  const warnings: Warning[] = [];
  const lines = text.split('\n');
  const strayCount = strays.length;
  if (strayCount >= 3 && strayCount > text.length / 100) {
    throw new ContentError(file, 1, `binary file (${strayCount} control characters), not text`);
  }
  lines.forEach((line, index) => {
    if (STRAY_CONTROL.test(line)) {
      warnings.push({ line: index + 1, code: 'control-characters', reason: 'control characters dropped' });
    }
    STRAY_CONTROL.lastIndex = 0;
  });
  return { text: lines.join('\n').replace(STRAY_CONTROL, ''), warnings };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, to name its line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    if (length > 1 && !inRange(bytes, i, length)) return i;
    i += length;
  }
  return -1;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Rejects overlong forms, surrogates and code points past U+10FFFF. */
function inRange(bytes: Uint8Array, i: number, length: number): boolean {
  const lead = bytes[i] ?? 0;
  const second = bytes[i + 1] ?? 0;
  if (length === 3 && lead === 0xe0) return second >= 0xa0;
  if (length === 3 && lead === 0xed) return second <= 0x9f;
  if (length === 4 && lead === 0xf0) return second >= 0x90;
  if (length === 4 && lead === 0xf4) return second <= 0x8f;
  return true;
}
