/**
 * The characters of a table that are layout, not content: rule lines under headers and above
 * totals, rules set beside a heading ("(See Notes)   ------   ------"), and dot leaders
 * between a label and its figures. A table shows them as borders and cell boundaries;
 * everything else in a table's lines is text of a cell, a label or a note.
 */

/** A rule: dashes, equals signs or underscores, in runs of three or more or spaced ("- - -"). */
const RULE_LINE = /^[\s=_-]*(?:[=_-]{3}|-(?: -){2})[\s=_-]*$/;
/** Three dots or more, or spaced dots ". . .", after a label. */
const LEADER = /\.{3,}|(?: ?\.){3,}(?= |$)/g;
/** A rule segment among words: four dashes, equals signs or underscores or more; "---" is a nil entry. */
const RULE_WORD = /(?<=^|\s)[=_-]{4,}(?=\s|$)/g;

export type RuleKind = 'single' | 'double';

export function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text);
}

export function ruleKind(text: string): RuleKind {
  return text.includes('=') ? 'double' : 'single';
}

/** The line with dot leaders and rule segments blanked out, so every other character keeps its column. */
export function withoutLayout(text: string): string {
  const blank = (layout: string): string => ' '.repeat(layout.length);
  const leaders = text.includes('..') || text.includes('. .') ? text.replace(LEADER, blank) : text;
  return mayHoldRule(leaders) ? leaders.replace(RULE_WORD, blank) : leaders;
}

const MAY_HOLD_RULE = /[=_-]{4}/;

/** Three searches for one character cost half the pattern's scan: most lines hold no "=" or "_", and many no "-". */
function mayHoldRule(text: string): boolean {
  return (text.includes('-') || text.includes('=') || text.includes('_')) && MAY_HOLD_RULE.test(text);
}

/** A line of a table as its cells hold it: a rule line holds nothing, a leader is a gap. */
export function tableContent(text: string): string {
  return isRuleLine(text) ? '' : withoutLayout(text);
}
