import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { CARD_FONT_FAMILY } from './card-markup.js';

const require = createRequire(import.meta.url);
/** Inter (SIL Open Font License), as the @fontsource package ships it; satori reads WOFF, not WOFF2. */
const SUBSETS = ['latin', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

/** The card's fonts, read once: every subset in both weights, so a character missing from one is found in another. */
export async function loadCardFonts(): Promise<Font[]> {
  const fonts: Promise<Font>[] = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = require.resolve(`@fontsource/inter/files/inter-${subset}-${String(weight)}-normal.woff`);
      fonts.push(readFile(file).then((data) => ({ name: CARD_FONT_FAMILY, data, weight, style: 'normal' })));
    }
  }
  return Promise.all(fonts);
}
