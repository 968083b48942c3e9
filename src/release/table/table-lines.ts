import type { SourceLine } from '../lines/source-lines.js';
import { lastWord } from '../recognisers/words.js';
import { isRuleLine, withoutLayout } from './layout-characters.js';
import { numberRowFigures, numberRowOf } from './number-row.js';
import { isTitleText } from './title.js';
import { type Span, closesEntries, trailingEntries, words } from './tokens.js';
import { withoutMarkers } from './value.js';

/** What a line can be inside a fixed-width table. */
export type LineKind = 'blank' | 'rule' | 'row' | 'text';

/** A line of the filing as the table reader sees it, measured once. */
export interface TableLine {
  source: SourceLine;
  kind: LineKind;
  /** The line with dot leaders and rule segments blanked out: what its cells hold, in their columns; a rule line as filed. */
  content: string;
  /** Every word, with its columns. */
  words: Span[];
  /** The figures, dashes and "n/a" that end the line (a row's entries), left to right. */
  entries: Span[];
  /** The words before the entries: the row label, or all of a text line. */
  labelWords: Span[];
  /** Where the figures start: the first entry set apart from the words before it ("in June 1996   --" has its at "--"). */
  figuresFrom: number;
  /** Two or more figures in columns: the line is a row of numbers. */
  numberRow: boolean;
  /** The entries are all years: "2004   2003" over the columns, a header, not figures. */
  yearsOnly: boolean;
  /** Cells copied from an HTML table, tab-separated. */
  tabbed: boolean;
}

const LABEL_GAP = 2;
const YEAR = /^(?:19|20)\d\d$/;
const SENTENCE_END = /[a-z0-9)%]["'’”]?[.!?]["'’”)]?$/;
const PROSE_WORDS = 9;

/**
 * A line that no entries end. Most lines of a filing are text far from any table, so their
 * words are read only when a table nearby asks for them.
 */
class TextLine implements TableLine {
  readonly kind = 'text';
  readonly entries: Span[] = [];
  readonly figuresFrom = Number.POSITIVE_INFINITY;
  readonly yearsOnly = false;
  #words: Span[] | null = null;

  constructor(readonly source: SourceLine, readonly content: string, readonly numberRow: boolean, readonly tabbed: boolean) {}

  get words(): Span[] {
    return (this.#words ??= words(this.content));
  }

  get labelWords(): Span[] {
    return this.words;
  }
}

export function tableLine(source: SourceLine): TableLine {
  const tabbed = source.filed.includes('\t');
  if (isRuleLine(source.text)) return { source, kind: 'rule', content: source.text, words: words(source.text), entries: [], labelWords: [], figuresFrom: Number.POSITIVE_INFINITY, numberRow: false, yearsOnly: false, tabbed };
  const content = withoutLayout(source.text);
  const last = lastWord(content);
  if (last === '') return { source, kind: 'blank', content, words: [], entries: [], labelWords: [], figuresFrom: Number.POSITIVE_INFINITY, numberRow: false, yearsOnly: false, tabbed };
  if (!closesEntries(last)) return new TextLine(source, content, tabbed && numberRowFigures(source.filed) !== null, tabbed);
  const all = words(content);
  const entries = trailingEntries(content, all);
  if (entries.length === 0) return new TextLine(source, content, tabbed && numberRowFigures(source.filed) !== null, tabbed);
  const firstEntry = entries[0]?.start ?? Number.POSITIVE_INFINITY;
  const labelWords = all.filter((word) => word.end <= firstEntry);
  const gap = firstEntry - (labelWords.at(-1)?.end ?? Number.NEGATIVE_INFINITY);
  // One entry glued to its label by a space is part of it ("Note 1", "Form 10-K for 2003").
  const standsApart = entries.length >= 2 || gap >= LABEL_GAP;
  const numberRow = tabbed ? numberRowFigures(source.filed) !== null : numberRowOf(entries);
  const yearsOnly = entries.length > 0 && entries.every((entry) => YEAR.test(withoutMarkers(entry.text))) && (labelWords.length === 0 || entries.length >= 2);
  const kind = entries.length > 0 && standsApart ? 'row' : 'text';
  const apart = entries.find((entry) => entry.start - (all.findLast((word) => word.end <= entry.start)?.end ?? Number.NEGATIVE_INFINITY) >= LABEL_GAP);
  return {
    source, kind, content, words: all, entries: kind === 'row' ? entries : [], labelWords: kind === 'row' ? labelWords : all,
    figuresFrom: kind === 'row' ? (apart ?? entries[0])?.start ?? Number.POSITIVE_INFINITY : Number.POSITIVE_INFINITY,
    numberRow, yearsOnly, tabbed,
  };
}

/** How many runs of words a line sets apart by two spaces or more: headings over columns, or a label and its figures. */
export function headingCount(line: TableLine): number {
  return line.words.filter((word, index) => index === 0 || word.start - (line.words[index - 1]?.end ?? 0) >= 2).length;
}

/**
 * A line of labels inside a table: one run of words, no sentence, and short, or stopping
 * short of the columns of figures that start at `figuresFrom` ("Series B: 2,000,000 shares
 * designated; shares issued and outstanding:").
 */
export function isLabelLine(line: TableLine, figuresFrom: number): boolean {
  if (line.kind !== 'text' || headingCount(line) >= 2) return false;
  if (!isProse(line)) return true;
  return (line.words.at(-1)?.end ?? 0) <= figuresFrom && !SENTENCE_END.test(line.content.trimEnd());
}

/** A line of running text: a sentence, or more words than a label or a title holds. */
export function isProse(line: TableLine): boolean {
  if (line.kind !== 'text' || isTitleText(line.content)) return false;
  const count = line.words.length;
  return count >= PROSE_WORDS || (count >= 5 && SENTENCE_END.test(line.content.trimEnd()));
}
