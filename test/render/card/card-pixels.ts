import { Resvg } from '@resvg/resvg-js';
import type { Font } from 'satori';
import type { CardPalette } from '../../../src/render/card/card-markup.js';
import { cardSvg } from '../../../src/render/card/draw-card.js';
import type { CardView } from '../../../src/render/card/card-view.js';

/** A card's pixels, RGBA, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Buffer;
}

export async function cardPixels(view: CardView, palette: CardPalette, fonts: readonly Font[]): Promise<Pixels> {
  const image = new Resvg(await cardSvg(view, palette, fonts), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return { width: image.width, height: image.height, rgba: Buffer.from(image.pixels) };
}

export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The rows of `region`, as bytes, to compare two cards there. */
export function regionBytes({ width, rgba }: Pixels, { left, top, right, bottom }: Region): Buffer {
  const rows: Buffer[] = [];
  for (let y = top; y < bottom; y++) rows.push(rgba.subarray((y * width + left) * 4, (y * width + right) * 4));
  return Buffer.concat(rows);
}

/** Pixels of `region` that are not `hex` (#rrggbb). */
export function pixelsNot(pixels: Pixels, region: Region, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  const bytes = regionBytes(pixels, region);
  let other = 0;
  for (let i = 0; i < bytes.length; i += 4) if (bytes[i] !== r || bytes[i + 1] !== g || bytes[i + 2] !== b) other++;
  return other;
}
