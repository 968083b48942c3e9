import type { Page } from 'playwright-core';

export interface FocusedElement {
  /** Tag, classes and text, to name it in a failure. */
  description: string;
  isSkipLink: boolean;
  /** Its box lies within the window, where a sighted keyboard user can see it. */
  onScreen: boolean;
  /** The indicator drawn around it, or null when there is none worth the name. */
  indicator: string | null;
  /** The focused element is `main` or inside it. */
  inMain: boolean;
}

/** What has the keyboard focus now, and whether a reader can see that it has. */
export function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outlineWidth = Number.parseFloat(style.outlineWidth);
    const transparent = (colour: string): boolean => colour === 'transparent' || /,\s*0\)$/.test(colour);
    // A ring 2px thick or more, drawn as an outline or as a shadow's spread, as WCAG 2.4.13 asks.
    const outline = style.outlineStyle !== 'none' && outlineWidth >= 2 && !transparent(style.outlineColor)
      ? `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
      : null;
    const [, , , spread = 0] = [...style.boxShadow.matchAll(/(-?\d+(?:\.\d+)?)px/g)].map((match) => Number(match[1]));
    const shadow = style.boxShadow !== 'none' && spread >= 2 ? `box-shadow ${style.boxShadow}` : null;
    const text = element.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      description: `${element.tagName.toLowerCase()}${[...element.classList].map((cls) => `.${cls}`).join('')} "${text}"`,
      isSkipLink: element.classList.contains('skip-link'),
      onScreen: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      indicator: outline ?? shadow,
      inMain: element.closest('main') !== null,
    };
  });
}
