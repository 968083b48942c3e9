/** Words that say who, not what: dropped so slugs stay short and read like the headline. */
const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'sa', 'ag', 'nv',
]);
const LITTLE_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'for', 'in', 'on', 'at', 'by', 'with', 'its',
]);
const MAX_WORDS = 8;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Latin letters that NFKD leaves whole, spelled the way English text spells them. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');
/** Used when neither the headline nor the file name has a single ASCII letter or digit. */
const LAST_RESORT = 'release';

export interface SlugSource {
  /** ISO date the release states, or null. */
  date: string | null;
  headline: string | null;
  /** File name without its extension. */
  stem: string;
}

/** Lowercase ASCII words of letters and digits; apostrophes join ("Company's" -> "companys"). */
export function slugWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The slug a release would have on its own: date, then up to eight telling words of the
 * headline; the file name when the headline has none.
 */
export function baseSlug({ date, headline, stem }: SlugSource): string {
  const words = slugWords(headline ?? '')
    .filter((word) => !CORPORATE_SUFFIXES.has(word) && !LITTLE_WORDS.has(word))
    .slice(0, MAX_WORDS);
  if (words.length > 0) {
    return date !== null && ISO_DATE.test(date) ? [date, ...words].join('-') : words.join('-');
  }
  const stemWords = slugWords(stem);
  return stemWords.length > 0 ? stemWords.join('-') : LAST_RESORT;
}

/**
 * Hands out unique slugs for the given bases, to be claimed in the same order: the first
 * claim of a base gets it as is, later ones get `-2`, `-3`, ... skipping any suffixed form
 * that another release has as its own base, so a release whose base is unique always keeps it.
 */
export function slugAllocator(bases: Iterable<string>): (base: string) => string {
  const taken = new Set(bases);
  const claimed = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return (base) => {
    if (!claimed.has(base)) {
      claimed.add(base);
      taken.add(base);
      return base;
    }
    let suffix = nextSuffix.get(base) ?? 2;
    while (taken.has(`${base}-${suffix}`)) suffix++;
    nextSuffix.set(base, suffix + 1);
    const slug = `${base}-${suffix}`;
    taken.add(slug);
    claimed.add(slug);
    return slug;
  };
}
