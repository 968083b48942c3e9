import { ContentError } from '../release/content-error.js';
import { decodeFiling } from '../release/lines/decode.js';
import type { Release, Warning } from '../release/model.js';
import { parseRelease } from '../release/parse.js';
import { packBytes, type PackedBytes } from './filed-bytes.js';
import { readFrontMatter, type FrontMatter } from './front-matter/read.js';
import { splitFrontMatter } from './front-matter/split.js';

export type ParseRelease = (text: string, file: string) => Release;

/**
 * What a content file's bytes give: plain data, so that it can be made on a parse thread and
 * sent to the one that serves.
 */
export interface Filing {
  release: Release;
  /** Null when the file has none: one shared object then stands for it, rather than a copy per file sent. */
  frontMatter: FrontMatter | null;
  /** The decoder's warnings, then the parser's. */
  warnings: Warning[];
  /** The filing as filed (the bytes after the front matter), compressed. */
  source: PackedBytes;
}

/**
 * Reads a content file's bytes: decodes them, reads the front matter and parses the filing
 * below it. Throws `ContentError` naming the line at fault when the file cannot be published.
 */
export function readFiling(bytes: Uint8Array, file: string, maxBytes: number, parse: ParseRelease = parseRelease): Filing {
  const { text, warnings: decodeWarnings } = decodeFiling(bytes, file, maxBytes);
  const parts = splitFrontMatter(bytes, file);
  const frontMatter = parts.yaml === null ? null : readFrontMatter(parts.yaml, 2, file);
  const filed = withoutFrontMatter(text, parts.bodyLine);
  if (filed.trim() === '') {
    throw new ContentError(file, parts.bodyLine - 1, 'nothing follows the front matter: the filing goes below its closing "---"');
  }
  const release = parse(filed, file);
  return { release, frontMatter, warnings: [...decodeWarnings, ...release.warnings], source: packBytes(parts.body) };
}

/**
 * The text the parser reads: the front matter's lines left blank, so that every line keeps
 * its number in the file and the parser's `file:line` messages point at the right place.
 */
function withoutFrontMatter(text: string, bodyLine: number): string {
  if (bodyLine === 1) return text;
  const lines = text.split('\n');
  lines.fill('', 0, Math.min(bodyLine - 1, lines.length));
  return lines.join('\n');
}
