const NORTH_AMERICAN_DIGITS = 10;

/**
 * The `tel:` URI for a phone number as written: a ten-digit North American number gets its
 * country code (+1); any other number keeps its digits as written, with the + when it has one.
 */
export function telHref(written: string): string {
  const digits = written.replace(/\D/g, '');
  if (written.trimStart().startsWith('+')) return `tel:+${digits}`;
  if (digits.length === NORTH_AMERICAN_DIGITS) return `tel:+1${digits}`;
  if (digits.length === NORTH_AMERICAN_DIGITS + 1 && digits.startsWith('1')) return `tel:+${digits}`;
  return `tel:${digits}`;
}
