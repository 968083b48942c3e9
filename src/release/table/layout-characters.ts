/**
 * The characters of a table that are layout, not content: rule lines under headers and above
 * totals, and dot leaders between a label and its figures. A table shows them as borders and
 * cell boundaries; everything else in a table's lines is text of a cell, a label or a note.
 */

/** A rule: dashes, equals signs or underscores, in runs of three or more or spaced ("- - -"). */
const RULE_LINE = /^[\s=_-]*(?:[=_-]{3}|-(?: -){2})[\s=_-]*$/;
/** Three dots or more, or spaced dots ". . .", after a label. */
const LEADER = /\.{3,}|(?: ?\.){3,}(?= |$)/g;

export type RuleKind = 'single' | 'double';

export function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text);
}

export function ruleKind(text: string): RuleKind {
  return text.includes('=') ? 'double' : 'single';
}

/** The line with dot leaders blanked out, so every other character keeps its column. */
export function withoutLeaders(text: string): string {
  return text.replace(LEADER, (leader) => ' '.repeat(leader.length));
}

/** A line of a table as its cells hold it: a rule line holds nothing, a leader is a gap. */
export function tableContent(text: string): string {
  return isRuleLine(text) ? '' : withoutLeaders(text);
}
