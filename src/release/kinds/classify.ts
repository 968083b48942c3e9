import { type Layout, isFull } from '../blocks/layout.js';
import { joinLinesAndHead } from '../blocks/reflow.js';
import type { SourceBlock } from '../blocks/source-block.js';
import { hasPhoneOrEmail, isContactLine, opensContactBlock } from '../recognisers/contact-labels.js';
import { type DatelineMatch, matchDateline } from '../recognisers/dateline.js';
import { isHeadingText } from '../recognisers/heading-text.js';
import { isBanner, isDeskLine, isExhibitLabel, issuedDateText, readSlugLine, type SlugLine } from '../recognisers/labels.js';
import { isEndMarker, isMoreMarker, isPageNumber, isPlaceholder, isRule, isTrailerLine, opensWireContact } from '../recognisers/markers.js';
import { endsSentence } from '../recognisers/sentence.js';
import { isCapitals, wordCountUpTo } from '../recognisers/words.js';
import type { Classified, Kind } from './classified.js';

/** More words than this are a paragraph, never a title. */
const TITLE_WORDS = 40;
const WRAPPED_SENTENCE_WORDS = 15;
/** A sentence wrapped over lines is a paragraph from this many words. */
const WRAPPED_PROSE_WORDS = 8;
const DATELINE_LINES = 3;

/** The kinds stage: every block classified once, in order. */
export function classifyBlocks(blocks: readonly SourceBlock[], layout: Layout): Classified[] {
  return blocks.map((block) => classify(block, layout));
}

function classify(block: SourceBlock, layout: Layout): Classified {
  const features = new Features(block);
  features.kind = kindOf(block, features, layout);
  return features;
}

/**
 * A block's features, each read once. A class, not an object literal: V8 holds a literal with
 * getters as a dictionary, and every later read of any feature pays for a lookup.
 */
class Features implements Classified {
  kind: Kind = 'title';
  readonly line: number;
  readonly text: string;
  readonly words: number;
  readonly heading: boolean;
  readonly capitals: boolean;
  readonly dateline: DatelineMatch | null;
  readonly issued: string | null;
  readonly slug: SlugLine | null;
  readonly #filed: readonly string[];
  // Read only when a rule asks: finding telephone numbers costs more than all the rest.
  #contactLines: boolean | undefined;
  #phoneOrEmail: boolean | undefined;

  constructor(readonly block: SourceBlock) {
    const filed = block.lines.map((line) => line.text);
    const { text, head } = joinLinesAndHead(filed, DATELINE_LINES);
    this.#filed = filed;
    this.line = block.lines[0]?.number ?? 1;
    this.text = text;
    this.words = wordCountUpTo(text, TITLE_WORDS + 1);
    this.heading = block.lines.length === 1 && isHeadingText(text);
    this.capitals = isCapitals(text);
    this.dateline = block.shape === 'text' ? matchDateline(head) : null;
    this.issued = block.lines.length === 1 ? issuedDateText(text) : null;
    this.slug = readSlugLine(filed[0] ?? '');
  }

  get contactLines(): boolean {
    return (this.#contactLines ??= this.#filed.every((line) => isContactLine(line)));
  }

  get phoneOrEmail(): boolean {
    return (this.#phoneOrEmail ??= this.#filed.some((line) => hasPhoneOrEmail(line)));
  }
}

/** The grammar of a filing's blocks, in the order the rules are tried. */
function kindOf(block: SourceBlock, f: Omit<Classified, 'kind'>, layout: Layout): Kind {
  if (block.shape === 'table') return 'table';
  // People set side by side in columns are a person's lines read across.
  if (block.shape === 'laid-out' && block.columns && f.contactLines && f.phoneOrEmail) return 'contact-lines';
  if (block.shape === 'laid-out') return block.columns ? 'laid-out' : 'title';
  if (block.shape === 'item') return 'item';
  const single = block.lines.length === 1;
  const first = block.lines[0]?.text ?? '';
  if (single && isExhibitLabel(f.text)) return 'exhibit';
  // "For Immediate Release: November 22, 2024" is the date line the banner carries.
  if (f.issued !== null) return 'issued';
  if (single && isBanner(f.text)) return 'banner';
  if (single && isDeskLine(f.text)) return 'desk';
  if (single && isPlaceholder(f.text)) return 'placeholder';
  if (single && isRule(first)) return 'rule';
  if (single && isEndMarker(f.text)) return 'end';
  if (single && isMoreMarker(f.text)) return 'more';
  if (single && isPageNumber(f.text)) return 'page-number';
  if (opensWireContact(first)) return 'wire-contact';
  if (single && isTrailerLine(f.text)) return 'wire-trailer';
  if (opensContactBlock(block.lines.map((line) => line.text))) return 'contact';
  if (f.dateline !== null) return 'dateline';
  if (f.contactLines && f.phoneOrEmail) return 'contact-lines';
  return isProse(block, f, layout) ? 'paragraph' : 'title';
}

/** Prose: a paragraph's worth of words, or wrapped lines that make a sentence. */
function isProse(block: SourceBlock, f: Omit<Classified, 'kind'>, layout: Layout): boolean {
  if (f.words > TITLE_WORDS) return true;
  const wrapped = block.lines.some((line, index) => {
    const next = block.lines[index + 1];
    return next !== undefined && isFull(line, next, layout.width);
  });
  return (wrapped && f.words > WRAPPED_PROSE_WORDS && endsSentence(f.text) && !f.capitals) || (endsSentence(f.text) && !f.heading && f.words > WRAPPED_SENTENCE_WORDS);
}
