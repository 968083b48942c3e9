import { CARD_SIZE } from './card-size.js';
import type { CardView } from './card-view.js';

/** The site's colours the card is drawn in, as `public/style.css` sets them for the light scheme. */
export interface CardPalette {
  bg: string;
  text: string;
  muted: string;
  brand: string;
  onBrand: string;
  rule: string;
}

/** An element as satori reads it: the shape of a React element, without React. */
export interface CardNode {
  type: 'div';
  props: { style: Readonly<Record<string, string | number>>; children?: string | CardNode | CardNode[] };
}

export const CARD_FONT_FAMILY = 'Inter';
const PAD_X = 72;
const BAND = 14;
const PAD_TOP = 48;
const ISSUER_HEIGHT = 56;
const HEADLINE_GAP = 24;
const HEADLINE_WIDTH = CARD_SIZE.width - 2 * PAD_X;
/** What is left for the headline between the company line and the date line. */
const HEADLINE_HEIGHT = 318;
/** Where the headline is drawn, in pixels from the card's top left corner: nothing else is. */
export const HEADLINE_BOX = { left: PAD_X, top: BAND + PAD_TOP + ISSUER_HEIGHT + HEADLINE_GAP, width: HEADLINE_WIDTH, height: HEADLINE_HEIGHT } as const;
const LINE_HEIGHT = 1.15;
/** Largest first: the first size at which the headline fits is taken. */
const HEADLINE_SIZES = [68, 60, 52, 46, 40, 36] as const;
/** A line of words fills this much of the width on average: the rest is lost where lines break. */
const LINE_FILL = 0.88;

export interface HeadlineFit {
  fontSize: number;
  /** Lines the box holds at that size: longer text is cut there with an ellipsis. */
  maxLines: number;
}

/**
 * The largest size at which the headline is expected to fit its box; a headline too long even
 * at the smallest is cut at the last line the box holds, with an ellipsis.
 */
export function headlineFit(headline: string): HeadlineFit {
  const ems = textEms(headline);
  for (const fontSize of HEADLINE_SIZES) {
    const maxLines = linesAt(fontSize);
    if (Math.ceil((ems * fontSize) / (HEADLINE_WIDTH * LINE_FILL)) <= maxLines) return { fontSize, maxLines };
  }
  const smallest = HEADLINE_SIZES[HEADLINE_SIZES.length - 1] ?? 36;
  return { fontSize: smallest, maxLines: linesAt(smallest) };
}

function linesAt(fontSize: number): number {
  return Math.floor(HEADLINE_HEIGHT / (fontSize * LINE_HEIGHT));
}

/** Width of bold text in ems, by the kind of each character: capitals are wider than small letters. */
function textEms(text: string): number {
  let ems = 0;
  for (const character of text) {
    if (/\s/.test(character)) ems += 0.26;
    else if (/[A-Z0-9]/.test(character)) ems += character === 'I' ? 0.3 : /[MW]/.test(character) ? 0.95 : 0.7;
    else if (/[a-z]/.test(character)) ems += /[ijlft]/.test(character) ? 0.34 : /[mw]/.test(character) ? 0.88 : 0.6;
    else if (/[.,;:'’!|]/.test(character)) ems += 0.3;
    else ems += 0.68;
  }
  return ems;
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * The card: a band of the brand colour, the company and its ticker, the headline as large as it
 * fits, and the date and site name under a rule, like the site's own pages.
 */
export function cardMarkup(view: CardView, palette: CardPalette): CardNode {
  const { fontSize, maxLines } = headlineFit(view.headline);
  const issuer: CardNode[] = [];
  if (view.company !== null) {
    issuer.push(div({ display: 'block', flexShrink: 1, fontSize: 34, fontWeight: 700, color: palette.brand, lineClamp: 1 }, view.company));
  }
  if (view.ticker !== null) {
    issuer.push(div({
      flexShrink: 0, padding: '6px 16px', borderRadius: 8, backgroundColor: palette.brand, color: palette.onBrand, fontSize: 28, fontWeight: 700,
    }, view.ticker));
  }
  return div({
    display: 'flex', flexDirection: 'column', width: CARD_SIZE.width, height: CARD_SIZE.height,
    backgroundColor: palette.bg, color: palette.text, fontFamily: CARD_FONT_FAMILY,
  }, [
    div({ height: BAND, backgroundColor: palette.brand }),
    div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD_TOP}px ${PAD_X}px 44px` }, [
      div({ display: 'flex', alignItems: 'center', justifyContent: 'space-between', height: ISSUER_HEIGHT, gap: 32 }, issuer),
      div({ display: 'flex', alignItems: 'center', height: HEADLINE_HEIGHT, marginTop: HEADLINE_GAP }, [
        div({
          display: 'block', width: HEADLINE_WIDTH, fontSize, fontWeight: 700, lineHeight: LINE_HEIGHT, lineClamp: maxLines, wordBreak: 'break-word',
        }, view.headline),
      ]),
      div({
        display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 'auto', paddingTop: 22,
        borderTop: `2px solid ${palette.rule}`, fontSize: 30,
      }, [
        div({ color: palette.muted }, view.date ?? 'Undated'),
        div({ color: palette.brand, fontWeight: 700 }, view.siteName),
      ]),
    ]),
  ]);
}
