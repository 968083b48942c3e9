/** A list item's marker at the start of a line, as filed. */
export interface ListMarker {
  marker: string;
  ordered: boolean;
  /** Column where the item's text starts, after the marker and its spaces. */
  textColumn: number;
}

const BULLET = /^(- -|--|[•·▪◦●○■□‣⁃►➢\-*+–]|o(?= ))( +)(?=\S)/;
/** "(i)", "(a)", "(12)", "iv)", "a)", "3)", "3.", "a." — not "A." (an initial). */
const ORDINAL = /^(\((?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,6})\)|(?:\d{1,2}|[a-z]|[ivx]{1,6})\)|(?:\d{1,2}|[a-z])\.)( +)(?=\S)/;

export function listMarker(line: string): ListMarker | null {
  const indent = line.length - line.trimStart().length;
  const text = line.trimStart();
  const bullet = BULLET.exec(text);
  if (bullet) return marker(bullet, false, indent);
  const ordinal = ORDINAL.exec(text);
  if (ordinal) return marker(ordinal, true, indent);
  return null;
}

function marker(match: RegExpExecArray, ordered: boolean, indent: number): ListMarker {
  const mark = match[1] ?? '';
  return { marker: mark, ordered, textColumn: indent + mark.length + (match[2] ?? '').length };
}
