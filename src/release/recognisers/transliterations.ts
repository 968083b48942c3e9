/**
 * EDGAR's ASCII stand-ins for symbols, as filers' software wrote them, with the symbol each
 * stands for. Exported so that every check of the text against the filing maps them alike.
 */
export const TRANSLITERATIONS: readonly (readonly [pattern: RegExp, symbol: string])[] = [
  [/-Registered Trademark-/g, '®'],
  [/-Trademark-/g, '™'],
  [/-Service Mark-/g, '℠'],
  [/-Copyright-/g, '©'],
  [/(?<=[\p{L}\p{N})])-TM-(?![\p{L}\p{N}])/gu, '™'],
  [/(?<=[\p{L}\p{N})])-SM-(?![\p{L}\p{N}])/gu, '℠'],
  [/(?<=[\p{L}\p{N})])-R-(?![\p{L}\p{N}])/gu, '®'],
  [/(?<![\p{L}\p{N}])-C-(?=\s|\d|$)/gu, '©'],
];

/** Every stand-in opens with a hyphen and one of these capitals: most text, hyphens and all, holds none. */
const MAY_STAND_IN = /-[CRST]/;

/** The text with EDGAR's stand-ins shown as the symbols they stand for. */
export function transliterate(text: string): string {
  if (!MAY_STAND_IN.test(text)) return text;
  return TRANSLITERATIONS.reduce((out, [pattern, symbol]) => out.replace(pattern, symbol), text);
}

/**
 * The same for a line kept as laid out: the width a stand-in gave up goes to the spaces after
 * it, so the columns to its right stay where they were filed.
 */
export function transliterateKeepingColumns(line: string): string {
  if (!MAY_STAND_IN.test(line)) return line;
  return TRANSLITERATIONS.reduce(
    (out, [pattern, symbol]) => out.replace(new RegExp(`${pattern.source}( {2,})?`, pattern.flags), (stand: string, gap: string | undefined) =>
      gap === undefined ? symbol : symbol + ' '.repeat(stand.length - symbol.length),
    ),
    line,
  );
}
