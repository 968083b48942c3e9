import { ContentError } from '../../release/content-error.js';

/** A content file cut in two: the front matter, if any, and the filing as filed. */
export interface FilingParts {
  /** The front matter as filed, both `---` lines included; empty when the file has none. */
  head: Uint8Array;
  /** The YAML between the `---` lines, line feeds only; null when the file has no front matter. */
  yaml: string | null;
  /** Everything after the front matter: the filing, byte for byte. */
  body: Uint8Array;
  /** Line of the file that the body starts on: 1 plus the line breaks in `head`. */
  bodyLine: number;
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

interface LineBounds {
  /** Offset just past the line's last character. */
  end: number;
  /** Offset of the next line: past the line break, or `end` at the end of the file. */
  next: number;
}

/**
 * Finds front matter: a file whose first line is `---` (after a byte order mark, if any) has
 * front matter, up to the next line that is `---`. Line breaks are LF, CRLF or CR, as the
 * decoder counts them, so line numbers agree everywhere. Front matter that is never closed
 * is refused rather than published as text: it may hold an embargo.
 */
export function splitFrontMatter(bytes: Uint8Array, file: string): FilingParts {
  const start = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
  const opening = lineBounds(bytes, start);
  if (!isFence(bytes, start, opening.end) || opening.next === opening.end) {
    return { head: new Uint8Array(0), yaml: null, body: bytes, bodyLine: 1 };
  }
  let breaks = 1;
  for (let at = opening.next; at < bytes.length; ) {
    const line = lineBounds(bytes, at);
    if (line.next > line.end) breaks++;
    if (isFence(bytes, at, line.end)) {
      return {
        head: bytes.subarray(0, line.next),
        yaml: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(opening.next, at)).replace(/\r\n?/g, '\n'),
        body: bytes.subarray(line.next),
        bodyLine: breaks + 1,
      };
    }
    at = line.next;
  }
  throw new ContentError(file, 1, 'the front matter that starts here is not closed: end it with a line of "---"');
}

function lineBounds(bytes: Uint8Array, from: number): LineBounds {
  let end = from;
  while (end < bytes.length && bytes[end] !== LF && bytes[end] !== CR) end++;
  if (end === bytes.length) return { end, next: end };
  return { end, next: bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1 };
}

/** `---`, then nothing but spaces and tabs. */
function isFence(bytes: Uint8Array, from: number, end: number): boolean {
  if (end - from < 3 || !startsWith(bytes, from, [0x2d, 0x2d, 0x2d])) return false;
  for (let at = from + 3; at < end; at++) if (bytes[at] !== 0x20 && bytes[at] !== 0x09) return false;
  return true;
}

function startsWith(bytes: Uint8Array, from: number, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[from + i] === byte);
}
