import type { SourceBlock } from '../blocks/source-block.js';
import type { DatelineMatch } from '../recognisers/dateline.js';
import type { SlugLine } from '../recognisers/labels.js';

/**
 * What a block is, decided once, in `classify.ts`:
 * - labels at the top: `exhibit` ("Exhibit 99.1"), `banner` ("FOR IMMEDIATE RELEASE"), `issued`
 *   (a date line), `desk` ("BUSINESS EDITOR"), `placeholder` ("[LOGO]"), `rule` (a drawn line);
 * - markers: `end` ("###", "-0-"), `more` ("(more)"), `page-number`, `wire-trailer` ("SOURCE ...",
 *   "CO: ..."), `wire-contact` ("/CONTACT: ... /");
 * - contacts: `contact` (opens with a contact label), `contact-lines` (a person's short lines);
 * - text: `dateline` (a paragraph that opens with one), `title` (short, no sentence: a headline,
 *   subheadline or heading), `paragraph`, `item` (a list item), `laid-out` (kept as filed);
 * - `table`: read by the table reader.
 */
export type Kind =
  | 'exhibit' | 'banner' | 'issued' | 'desk' | 'placeholder' | 'rule'
  | 'end' | 'more' | 'page-number' | 'wire-trailer' | 'wire-contact'
  | 'contact' | 'contact-lines'
  | 'dateline' | 'title' | 'paragraph' | 'item' | 'laid-out'
  | 'table';

/** A block with its kind and the features it was classified by, each computed once. */
export interface Classified {
  kind: Kind;
  block: SourceBlock;
  /** The line the block starts on, 1-based. */
  line: number;
  /** The lines joined and reflowed, EDGAR's stand-ins shown as symbols. */
  text: string;
  /** The text's words, counted no further than one past the most a title holds. */
  words: number;
  /** A heading by its shape: short, not a sentence, in title case or capitals. */
  heading: boolean;
  capitals: boolean;
  /** The dateline the block opens with. */
  dateline: DatelineMatch | null;
  /** The date a date line states, as written. */
  issued: string | null;
  /** The wire slug line the block opens with. */
  slug: SlugLine | null;
  /** Every line could be a line of a contact entry; `phoneOrEmail`: one states a number or address. */
  contactLines: boolean;
  phoneOrEmail: boolean;
}
