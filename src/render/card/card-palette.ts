import type { CardPalette } from './card-markup.js';

/**
 * The card's colours as the stylesheet's first `:root` rule (the light scheme) sets them, so
 * that the card changes with the site's look. Throws naming a colour the rule does not set.
 */
export function cardPalette(css: string): CardPalette {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colour = (property: string): string => {
    const found = new RegExp(`${property}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
    if (found === undefined) throw new Error(`the stylesheet's :root sets no ${property} colour (as #rrggbb), which the preview card is drawn in`);
    return found;
  };
  return {
    bg: colour('--bg'),
    text: colour('--text'),
    muted: colour('--muted'),
    brand: colour('--brand'),
    onBrand: colour('--on-brand'),
    rule: colour('--rule'),
  };
}
