import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { ContentError } from '../../release/content-error.js';
import type { Timestamp } from '../site.js';
import { FRONT_MATTER_KEYS, frontMatterSchema, type FrontMatterKey } from './schema.js';

/** What a file's front matter says; null or empty where it says nothing. */
export interface FrontMatter {
  slug: string | null;
  date: string | null;
  headline: string | null;
  summary: string | null;
  canonical: string | null;
  aliases: readonly string[];
  publishAt: Timestamp | null;
  updated: string | null;
  tags: readonly string[];
  language: string | null;
  id: string | null;
  /** File line of each key given, and of each alias, for messages that point at them. */
  lines: { keys: ReadonlyMap<FrontMatterKey, number>; aliases: ReadonlyMap<string, number> };
}

export const NO_FRONT_MATTER: FrontMatter = Object.freeze({
  slug: null,
  date: null,
  headline: null,
  summary: null,
  canonical: null,
  aliases: [],
  publishAt: null,
  updated: null,
  tags: [],
  language: null,
  id: null,
  lines: { keys: new Map(), aliases: new Map() },
});

/**
 * Reads front matter YAML (the text between the `---` lines) whose first line is line
 * `firstLine` of `file`. Anything wrong is refused as `file:line: reason`, the line being
 * the line of the key at fault.
 */
export function readFrontMatter(yaml: string, firstLine: number, file: string): FrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const [error] = document.errors;
  if (error !== undefined) {
    // A fault found at the very end (a quote never closed) is named where the text ends.
    const at = Math.max(0, Math.min(error.pos[0], yaml.trimEnd().length - 1));
    throw new ContentError(file, lineOf(at), `front matter is not valid YAML: ${error.message}`);
  }
  if (document.contents === null) return NO_FRONT_MATTER;
  if (!isMap(document.contents)) {
    throw new ContentError(file, firstLine, 'front matter must be "key: value" lines, such as "slug: 2004-10-13-acme-results"');
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 0 });
  } catch (cause) {
    throw new ContentError(file, firstLine, `front matter cannot be read (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  const keyLines = new Map<string, number>();
  for (const pair of document.contents.items) {
    if (isScalar(pair.key)) keyLines.set(String(pair.key.value), lineOf(pair.key.range[0]));
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues
      .flatMap((issue) => faults(issue, document, keyLines, lineOf))
      .map((fault) => ({ line: fault.line ?? firstLine, reason: fault.reason }))
      .sort((a, b) => a.line - b.line)[0];
    throw new ContentError(file, first?.line ?? firstLine, first?.reason ?? 'front matter is not valid');
  }
  const value = parsed.data;
  return {
    slug: value.slug ?? null,
    date: value.date ?? null,
    headline: value.headline ?? null,
    summary: value.summary ?? null,
    canonical: value.canonical ?? null,
    aliases: value.aliases ?? [],
    publishAt: value.publishAt ?? null,
    updated: value.updated ?? null,
    tags: value.tags ?? [],
    language: value.language ?? null,
    id: value.id ?? null,
    lines: {
      keys: new Map(FRONT_MATTER_KEYS.flatMap((key) => (keyLines.has(key) ? [[key, keyLines.get(key) ?? firstLine]] : []))),
      aliases: aliasLines(document, lineOf),
    },
  };
}

interface Fault {
  line: number | undefined;
  reason: string;
}

/** Each key at fault, at the line of the list item at fault, else of its key. */
function faults(
  issue: z.core.$ZodIssue,
  document: Document,
  keyLines: ReadonlyMap<string, number>,
  lineOf: (offset: number) => number,
): Fault[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ line: keyLines.get(key), reason: unknownKeyReason(key) }));
  }
  const [key, index] = issue.path;
  if (typeof index === 'number') {
    const item = document.getIn([key, index], true);
    if (isNode(item) && item.range) return [{ line: lineOf(item.range[0]), reason: issue.message }];
  }
  return [{ line: typeof key === 'string' ? keyLines.get(key) : undefined, reason: issue.message }];
}

function unknownKeyReason(key: string): string {
  const known = FRONT_MATTER_KEYS.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
  const hint = known === undefined ? `known keys: ${FRONT_MATTER_KEYS.join(', ')}` : `did you mean ${known}?`;
  return `unknown front-matter key "${key}" (${hint})`;
}

/** Each alias, as read, to the line it is first written on. */
function aliasLines(document: Document, lineOf: (offset: number) => number): Map<string, number> {
  const node = document.get('aliases', true);
  const lines = new Map<string, number>();
  for (const item of isSeq(node) ? node.items : [node]) {
    if (!isScalar(item) || !item.range) continue;
    const alias = String(item.value).trim();
    if (!lines.has(alias)) lines.set(alias, lineOf(item.range[0]));
  }
  return lines;
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}
