/**
 * The Release model: what a careful reader finds in a press release as filed.
 *
 * Every part records the 1-based source line it starts on, so that the parts, ordered by
 * line, hold every non-space character of the filing except EDGAR page furniture, with
 * EDGAR's stand-ins for symbols shown as the symbols (see `fidelity.ts`), and so that
 * warnings can name the line.
 */

export interface Ticker {
  exchange: string;
  symbol: string;
}

/** One contact person, as far as the filing names them. */
export interface Contact {
  name: string | null;
  organization: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
}

/** A contact block as filed (its lines, for display) and the people read from it. */
export interface ContactBlock {
  line: number;
  /** Each line as filed, white space collapsed. */
  lines: string[];
  /**
   * The same lines read as columns, left to right, each top to bottom, when the block sets
   * people side by side ("CONTACT:  John Smith      Jane Doe"); null otherwise.
   */
  columns: string[][] | null;
  contacts: Contact[];
}

export interface ListItem {
  /** The marker as filed: "•", "-", "*", "o" for bullets; "1.", "(a)", "(iv)" for ordinals. */
  marker: string;
  text: string;
}

export type Block =
  | { type: 'paragraph'; line: number; text: string }
  | { type: 'heading'; line: number; text: string }
  | { type: 'list'; line: number; ordered: boolean; items: ListItem[] }
  | { type: 'preformatted'; line: number; text: string }
  /** End and continuation markers ("###", "-0-", "-more-") and wire trailers ("SOURCE ..."). */
  | { type: 'marker'; line: number; text: string };

export interface Dateline {
  line: number;
  /** The dateline as it reads, spaces collapsed: "JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004". */
  text: string;
  city: string | null;
  /** The date as written inside `text`, when the dateline states one: "October 13, 2004". */
  dateText: string | null;
  /** The wire service the dateline names: "Business Wire". */
  wire: string | null;
}

/** A line that states the release date on its own: "Jan. 25, 2005", "Date: January 25, 2005". */
export interface IssuedLine {
  line: number;
  text: string;
  /** The date as written inside `text`. */
  dateText: string;
}

export interface SafeHarbor {
  line: number;
  heading: string | null;
  body: Block[];
}

export interface HeaderLine {
  line: number;
  text: string;
}

/** What a warning is about, for code to act on; `reason` says it for people. */
export type WarningCode = 'control-characters' | 'no-headline' | 'no-date' | 'date-without-year' | 'read-as-filed';

export interface Warning {
  line: number;
  code: WarningCode;
  reason: string;
}

export interface Release {
  exhibit: HeaderLine | null;
  banners: HeaderLine[];
  /** The wire slug line, e.g. "(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI)". */
  slugLine: HeaderLine | null;
  headline: HeaderLine | null;
  subheadline: HeaderLine | null;
  deskLine: HeaderLine | null;
  issued: IssuedLine | null;
  dateline: Dateline | null;
  /** Text at the top that is none of the above, kept in order. */
  preamble: Block[];
  /** ISO date (YYYY-MM-DD) the release states for itself, or null: never guessed. */
  date: string | null;
  company: string | null;
  wire: string | null;
  ticker: Ticker | null;
  releaseNumber: string | null;
  contactBlocks: ContactBlock[];
  /** The lead paragraph starts with the dateline's text, as filed. */
  body: Block[];
  safeHarbor: SafeHarbor | null;
  /** What the release goes on with after its safe-harbor statement: statements, an "About" paragraph, a call notice. */
  afterSafeHarbor: Block[];
  /** The wire trailer ("SOURCE ...", "/Web site: ...", codes) and the markers that end the filing. */
  trailer: Block[];
  warnings: Warning[];
}
