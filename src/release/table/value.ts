/**
 * What a cell of a financial table states: "$ 770" is 770, "(8,740)" is -8740, "12.5%" is
 * 12.5, a dash or "n/a" states no number. Footnote markers beside a figure ("126 (a)",
 * "(8)(a)", "2,014*") are part of the cell as filed, not of its number; "(1)" alone is -1.
 */

/** "*", "**", "†", "(a)", "(1)": the marks that point from a figure or label to a footnote. */
const MARKER = /^(?:\*{1,3}|[†‡§]{1,2}|\([a-z]\)|\(\d{1,2}\))$/;
const LAST_MARKER = /\s*(?:\*{1,3}|[†‡§]{1,2}|\([a-z]\)|\(\d{1,2}\))$/;
/** Dashes that stand for nil: "-", "--", "---", "—", "–". */
const NIL_DASH = /^(?:-{1,3}|[—–−]{1,2})$/;
const NOT_A_NUMBER = /^(?:n\/?a|n\.a\.|n\/?m|n\.m\.|none|nil)$/i;
/** A figure: no leading zero but for "0" itself or a fraction, so "0958" of a phone is not one. */
const FIGURE = /^(?:(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)(?:\.\d+)?|\.\d+)$/;

export function isFootnoteMarker(text: string): boolean {
  return MARKER.test(text);
}

/** The cell without the footnote markers that follow its figure or dash. */
export function withoutMarkers(text: string): string {
  let core = text.trim();
  for (;;) {
    const shorter = core.replace(LAST_MARKER, '');
    if (shorter === core || !/[\d\-—–−]/.test(shorter)) return core;
    core = shorter.trimEnd();
  }
}

/** Units written after a figure ("+1.4 pts", "2.5x"): the figure is the number. */
const UNIT = /\s*(?:pts?\.?|points?|bps|bp|pp|x)$/i;

/** A price in whole units and a fraction, as older filings quote them: "23 1/4". */
const FRACTION = /^(\d{1,4}) (\d{1,2})\/(\d{1,2})$/;

/** The number a cell states, or null when it states none (a dash, "n/a", words). */
export function cellValue(text: string): number | null {
  let body = withoutMarkers(text).replace(/\s+/g, ' ').replace(/^\$ ?/, '').replace(UNIT, '');
  let negative = false;
  if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  if (body.startsWith('(') && body.endsWith(')')) {
    negative = true;
    body = body.slice(1, -1).replace(/^\$ ?/, '');
  }
  if (body.endsWith('%')) body = body.slice(0, -1).trimEnd();
  if (/^[-−]\S/.test(body) && !negative) {
    negative = true;
    body = body.slice(1).replace(/^\$/, '');
  } else if (/^\+\S/.test(body) && !negative) {
    body = body.slice(1).replace(/^\$/, '');
  }
  const magnitude = number(body);
  if (magnitude === null) return null;
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

function number(body: string): number | null {
  const fraction = FRACTION.exec(body);
  if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  return FIGURE.test(body) ? Number(body.replace(/,/g, '')) : null;
}

/** A nil dash or "n/a": an entry of a number column that states no number. */
export function isNil(text: string): boolean {
  const compact = withoutMarkers(text).replace(/\s+/g, '');
  return NIL_DASH.test(compact) || NOT_A_NUMBER.test(compact);
}

/** A cell that reads as an entry of a number column: a figure, a nil dash, "n/a". */
export function isEntry(text: string): boolean {
  // Most words of a line hold neither; and without one, no marker comes off and no number is read.
  if (!DIGIT_OR_DASH.test(text)) return NOT_A_NUMBER.test(text.replace(/\s+/g, ''));
  return isNil(text) || cellValue(text) !== null;
}

/** Every figure holds a digit, and every nil dash a dash. */
const DIGIT_OR_DASH = /[\d\-—–−]/;
