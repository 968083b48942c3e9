import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRS } from './fixtures/site.js';

const css = readFileSync(path.join(DIRS.public, 'style.css'), 'utf8');

/** The custom properties of the first `:root` rule after `from` in the stylesheet. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root', from);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']));
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) throw new Error('colour missing from the palette');
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe.each([
  ['light', palette(0)],
  ['dark', palette(css.indexOf('prefers-color-scheme: dark'))],
])('the %s colour scheme', (_scheme, colours) => {
  it.each(['text', 'muted', 'link', 'link-visited'])('sets %s text at 4.5:1 or more on the page and on panels', (name) => {
    expect(contrast(colours[name], colours['bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours[name], colours['panel'])).toBeGreaterThanOrEqual(4.5);
  });

  it('sets the site name and the skip link at 4.5:1 or more', () => {
    expect(contrast(colours['brand'], colours['bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours['on-brand'], colours['brand'])).toBeGreaterThanOrEqual(4.5);
  });

  it('sets words a search matched at 4.5:1 or more on their highlight', () => {
    expect(contrast(colours['mark-text'], colours['mark-bg'])).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the focus outline at 3:1 or more against the page and panels', () => {
    expect(contrast(colours['focus'], colours['bg'])).toBeGreaterThanOrEqual(3);
    expect(contrast(colours['focus'], colours['panel'])).toBeGreaterThanOrEqual(3);
  });
});

describe('the stylesheet', () => {
  it('has a dark scheme that differs from the light one', () => {
    expect(palette(css.indexOf('prefers-color-scheme: dark'))['bg']).not.toBe(palette(0)['bg']);
  });

  it('wraps long words instead of scrolling the page, and scrolls wide preformatted text in its box', () => {
    expect(css).toMatch(/body\s*{[^}]*overflow-wrap:\s*anywhere/);
    expect(css).toMatch(/\.scroll\s*{[^}]*overflow-x:\s*auto/);
  });

  it('prints link addresses after article links and hides the navigation', () => {
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('article a[href^="http"]::after');
    expect(print).toMatch(/content:\s*" \(" attr\(href\) "\)"/);
    expect(print).toMatch(/\.skip-link,[^{]*\.site-header[^{]*{\s*display:\s*none/);
  });
});
