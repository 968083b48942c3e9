import type { Frame, Page } from 'playwright-core';

/**
 * WCAG 1.4.12 text spacing: a reader's style sheet may set these, and no content may be lost.
 * `!important` so that they win over the site's own rules, as a reader's overrides would.
 */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/**
 * Applies a style sheet under the page's content security policy, which allows no style
 * element: a constructed sheet is not inline markup, so the policy lets it be adopted.
 */
export async function adoptStyleSheet(page: Page | Frame, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}

export interface ScrollBox {
  label: string;
  overflowX: string;
  tabIndex: number;
  /** How far its content is wider than the box. */
  excess: number;
}

/** The boxes that scroll preformatted text sideways, so that the page does not. */
export const SCROLL_BOX_SELECTOR = '.scroll';

export function scrollBoxes(page: Page): Promise<ScrollBox[]> {
  return page.$$eval(SCROLL_BOX_SELECTOR, (boxes) =>
    boxes.map((box) => ({
      label: box.getAttribute('aria-label') ?? '',
      overflowX: getComputedStyle(box).overflowX,
      tabIndex: (box as HTMLElement).tabIndex,
      excess: box.scrollWidth - box.clientWidth,
    })),
  );
}

/**
 * Everything that makes a reader scroll sideways or hides text: the page wider than the
 * window, a box whose content is wider than the box, and any line of text that runs outside
 * the window or outside an ancestor that clips it. Text inside a scroll box may be wider than
 * the box (that is what the box is for), but the box itself may not be wider than its place,
 * nor hide text vertically.
 */
export function overflowProblems(page: Page | Frame): Promise<string[]> {
  return page.evaluate((scrollSelector) => {
    const problems: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    const scrollers = [...document.querySelectorAll(scrollSelector)];
    const name = (element: Element): string =>
      element.tagName.toLowerCase() + [...element.classList].map((cls) => `.${cls}`).join('');
    const insideScroller = (node: Node): boolean => scrollers.some((box) => box !== node && box.contains(node));
    // Text kept for screen readers only is clipped on purpose.
    const hiddenOnPurpose = (element: Element): boolean => element.closest('.visually-hidden') !== null;
    // A text field scrolls what is typed into it when it is longer than the field: that is the control.
    const textField = (element: Element): boolean => element.matches('input, textarea');
    const px = (value: number): string => `${String(Math.round(value))}px`;

    if (root.scrollWidth > width) problems.push(`the page is ${px(root.scrollWidth)} wide in a ${px(width)} window`);

    for (const element of document.body.querySelectorAll('*')) {
      if (insideScroller(element) || hiddenOnPurpose(element)) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.display === 'inline' || style.display === 'contents') continue;
      if (scrollers.includes(element)) {
        if (element.scrollHeight > element.clientHeight + 1) problems.push(`${name(element)} hides ${px(element.scrollHeight - element.clientHeight)} of text vertically`);
        const box = element.getBoundingClientRect();
        if (box.left < -0.5 || box.right > width + 0.5) problems.push(`${name(element)} runs outside the window (${px(box.left)} to ${px(box.right)})`);
      } else if (element.scrollWidth > element.clientWidth + 1 && !textField(element)) {
        problems.push(`${name(element)} holds content ${px(element.scrollWidth)} wide in a ${px(element.clientWidth)} box`);
      }
    }

    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent === null || text === '' || insideScroller(node) || hiddenOnPurpose(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const excerpt = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      for (const line of range.getClientRects()) {
        if (line.width === 0) continue;
        if (line.left < -0.5 || line.right > width + 0.5) {
          problems.push(`"${excerpt}" in ${name(parent)} runs outside the window (${px(line.left)} to ${px(line.right)} of ${px(width)})`);
        }
        for (let clipper: HTMLElement | null = parent; clipper !== null && clipper !== document.body; clipper = clipper.parentElement) {
          const style = getComputedStyle(clipper);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const box = clipper.getBoundingClientRect();
          if (line.left < box.left - 0.5 || line.right > box.right + 0.5 || line.top < box.top - 0.5 || line.bottom > box.bottom + 0.5) {
            problems.push(`"${excerpt}" in ${name(parent)} is cut off by ${name(clipper)}`);
          }
        }
      }
    }
    return problems;
  }, SCROLL_BOX_SELECTOR);
}
