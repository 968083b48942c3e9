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
  | PreformattedBlock
  | TableBlock
  /** End and continuation markers ("###", "-0-", "-more-") and wire trailers ("SOURCE ..."). */
  | { type: 'marker'; line: number; text: string };

/** Lines kept as laid out: layout that carries meaning but could not be read with confidence. */
export interface PreformattedBlock {
  type: 'preformatted';
  line: number;
  text: string;
}

/**
 * A table read from fixed-width columns, tab-separated cells or an EDGAR `<TABLE>`. Every
 * character of its lines is in the caption, the head, a row or a note, in the order filed,
 * but for layout: rule lines (kept as `rule` marks), dot leaders and alignment spaces.
 */
export interface TableBlock {
  type: 'table';
  /** The first line the table claims (its caption, if any) and the last (its notes, if any). */
  line: number;
  endLine: number;
  /** The line the table proper starts on, under its caption: its first header line, or its first row. */
  headLine: number;
  /** The title lines above the table (company, statement, units), spaces collapsed. */
  caption: string | null;
  /**
   * Header rows as filed, one per line; each row covers the label column and then every
   * column of figures, so the colspans of a row add up to `columns + 1`.
   */
  head: TableHeadCell[][];
  rows: TableRow[];
  /** Footnotes filed under the table, one per note. */
  notes: string[];
}

export interface TableHeadCell {
  text: string;
  colspan: number;
}

export type TableRule = 'single' | 'double';

export interface TableRow {
  /** The line the row starts on: a label wrapped over several lines starts on its first. */
  line: number;
  /** The row label, wrapped parts joined; '' when the row has none. */
  label: string;
  /** 0 for the least indented labels, 1 for the next indentation, and so on. */
  level: number;
  /** One cell per column, '' where the row has no entry. */
  cells: TableCell[];
  /** A rule filed above the row (over a subtotal or total), or below it (under the last). */
  ruleAbove: TableRule | null;
  ruleBelow: TableRule | null;
  /** A total or subtotal: filed under a rule, or labelled "Total ...". */
  total: boolean;
}

export interface TableCell {
  /** As filed, spaces collapsed: "$ 770", "(8,740)", "-". */
  text: string;
  /** The number stated: 770, -8740; null for a dash, a blank or words. */
  value: number | null;
}

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
