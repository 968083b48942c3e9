import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import type { Font } from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardFonts } from '../../../src/render/card/card-fonts.js';
import { HEADLINE_BOX, headlineFit, type CardPalette } from '../../../src/render/card/card-markup.js';
import { cardPalette } from '../../../src/render/card/card-palette.js';
import { cardAlt, cardView, type CardView } from '../../../src/render/card/card-view.js';
import { drawCard } from '../../../src/render/card/draw-card.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { DIRS } from '../fixtures/site.js';
import { cardPixels, pixelsNot, regionBytes, type Pixels } from './card-pixels.js';

const CORPUS_LABELS = path.join(import.meta.dirname, '../../fixtures/corpus/labels.json');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let palette: CardPalette;
let fonts: Font[];
let longestCorpusHeadline: string;
beforeAll(async () => {
  palette = cardPalette(await readFile(path.join(DIRS.public, 'style.css'), 'utf8'));
  fonts = await loadCardFonts();
  const labels = JSON.parse(await readFile(CORPUS_LABELS, 'utf8')) as { headline: string }[];
  longestCorpusHeadline = labels.map((label) => label.headline).reduce((a, b) => (b.length > a.length ? b : a));
});

const seedCard = (): CardView => cardView(seedLoaded(), 'Pressroom');

describe('what a card shows', () => {
  it('is the company, its ticker, the headline and the date, and says so in words', () => {
    const view = seedCard();
    expect(view).toEqual({
      company: 'American Locker Group Incorporated',
      ticker: 'NASDAQ: ALGI',
      headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
      date: 'October 13, 2004',
      siteName: 'Pressroom',
    });
    expect(cardAlt(view)).toBe('American Locker Group Incorporated (NASDAQ: ALGI), October 13, 2004: AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect(cardAlt({ ...view, company: null, ticker: null, date: null })).toBe(view.headline);
  });

  it('takes the headline and date the front matter gives', () => {
    const seed = seedLoaded();
    const view = cardView({ ...seed, meta: { ...seed.meta, headline: 'Postal contract extended', date: '2004-10-14' } }, 'IR');
    expect([view.headline, view.date, view.siteName]).toEqual(['Postal contract extended', 'October 14, 2004', 'IR']);
  });
});

describe('the card palette', () => {
  it("is the stylesheet's light scheme", () => {
    expect(palette).toEqual({ bg: '#ffffff', text: '#1a1d21', muted: '#596069', brand: '#0b3d66', onBrand: '#ffffff', rule: '#d5dae0' });
  });

  it('names a colour the stylesheet does not set', () => {
    expect(() => cardPalette(':root { --bg: #fff; --text: #000; }')).toThrow(/sets no --muted colour/);
  });
});

describe('fitting the headline', () => {
  it('never grows as the headline grows, and always has a line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ minLength: 1, maxLength: 100 }), (headline, more) => {
        const short = headlineFit(headline);
        const long = headlineFit(headline + more);
        expect(long.fontSize).toBeLessThanOrEqual(short.fontSize);
        expect(long.maxLines).toBeGreaterThanOrEqual(1);
        expect(long.maxLines * long.fontSize * 1.15).toBeLessThanOrEqual(HEADLINE_BOX.height);
      }),
    );
  });

  it('sets the longest headline of the corpus large, and a long one smaller on more lines', () => {
    const corpus = headlineFit(longestCorpusHeadline);
    const long = headlineFit(`${longestCorpusHeadline}, and ${longestCorpusHeadline.toUpperCase()}`);
    expect(corpus).toEqual(headlineFit('Financial Highlights'));
    expect(long.fontSize).toBeLessThan(corpus.fontSize);
    expect(long.maxLines).toBeGreaterThan(corpus.maxLines);
  });
});

describe('a drawn card', () => {
  it('is a PNG of 1200 by 630, the same bytes every time', async () => {
    const [png, again] = await Promise.all([drawCard(seedCard(), palette, fonts), drawCard(seedCard(), palette, fonts)]);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.equals(again)).toBe(true);
  });

  /**
   * Everything but the headline box is the same as on a card whose headline is one short word,
   * and the box holds the headline: what does not fit is cut, nothing runs over the company,
   * the date or the edges.
   */
  async function expectHeadlineInItsBox(headline: string): Promise<Pixels> {
    const view = { ...seedCard(), headline };
    const [drawn, reference] = await Promise.all([cardPixels(view, palette, fonts), cardPixels({ ...view, headline: 'Word' }, palette, fonts)]);
    const { left, top, width, height } = HEADLINE_BOX;
    const whole = { left: 0, right: drawn.width, top: 0, bottom: drawn.height };
    for (const outside of [
      { ...whole, bottom: top },
      { ...whole, top: top + height },
      { ...whole, top, bottom: top + height, right: left },
      { ...whole, top, bottom: top + height, left: left + width },
    ]) {
      expect(regionBytes(drawn, outside).equals(regionBytes(reference, outside)), JSON.stringify(outside)).toBe(true);
    }
    expect(pixelsNot(drawn, { left, top, right: left + width, bottom: top + height }, palette.bg)).toBeGreaterThan(1000);
    return drawn;
  }

  it('holds the longest headline of the corpus', async () => {
    await expectHeadlineInItsBox(longestCorpusHeadline);
  });

  it('holds a headline of many words, cut short with an ellipsis', async () => {
    const headline = 'Pericom Semiconductor Reports Fiscal Fourth Quarter and Annual Results, '.repeat(8);
    const fit = headlineFit(headline);
    expect(fit.fontSize).toBe(headlineFit(headline + headline).fontSize);
    await expectHeadlineInItsBox(headline);
  });

  it('holds a word longer than a line, broken where it must be', async () => {
    await expectHeadlineInItsBox('SUPERCALIFRAGILISTICEXPIALIDOCIOUSANNOUNCEMENTOFRECORDRESULTSWITHOUTSPACES');
  });

  it('keeps the date and site name when the filing names no company or date', async () => {
    const view = { ...seedCard(), company: null, ticker: null, date: null };
    const drawn = await cardPixels(view, palette, fonts);
    const named = await cardPixels({ ...view, siteName: 'Example IR' }, palette, fonts);
    const footer = { left: 0, right: drawn.width, top: HEADLINE_BOX.top + HEADLINE_BOX.height, bottom: drawn.height };
    expect(pixelsNot(drawn, footer, palette.bg)).toBeGreaterThan(500);
    expect(regionBytes(drawn, footer).equals(regionBytes(named, footer))).toBe(false);
  });
});
