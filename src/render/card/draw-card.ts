import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardMarkup, type CardPalette } from './card-markup.js';
import { CARD_SIZE } from './card-size.js';
import type { CardView } from './card-view.js';

/** The card as SVG, its text drawn as outlines from `fonts`: nothing depends on the fonts of the machine. */
export async function cardSvg(view: CardView, palette: CardPalette, fonts: readonly Font[]): Promise<string> {
  return satori(cardMarkup(view, palette), { ...CARD_SIZE, fonts: [...fonts] });
}

/** The card as a PNG of `CARD_SIZE`. */
export async function drawCard(view: CardView, palette: CardPalette, fonts: readonly Font[]): Promise<Buffer> {
  const svg = await cardSvg(view, palette, fonts);
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
