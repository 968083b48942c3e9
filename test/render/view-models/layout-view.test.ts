import { describe, expect, it } from 'vitest';
import { layoutView, pageTitle } from '../../../src/render/view-models/layout-view.js';

describe('pageTitle', () => {
  it('adds the site name when the whole fits in 70 characters', () => {
    expect(pageTitle('Press releases')).toBe('Press releases | Pressroom');
  });

  it('drops the site name before cutting a headline', () => {
    const headline = 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION';
    expect(pageTitle(headline)).toBe(headline);
  });

  it('cuts a headline longer than 70 characters at a word', () => {
    const title = pageTitle('Economic strength in Southeast drives Southern Company earnings above expectations');
    expect(title).toBe('Economic strength in Southeast drives Southern Company earnings above…');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});

describe('layoutView', () => {
  it('joins the page meta, the chrome and the page markup', () => {
    const view = layoutView(
      { title: 'T', description: null, alternates: [] },
      { stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico' },
      '<p>x</p>',
    );
    expect(view).toEqual({
      title: 'T', description: null, alternates: [],
      stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico', preview: null, structuredData: null,
      siteName: 'Pressroom', homeHref: '/', releasesJsonHref: '/releases.json',
      search: { action: '/search', query: '', maxLength: 200 }, noindex: false, sequence: [],
      content: '<p>x</p>',
    });
  });

  it('fills the search box, keeps robots out and links the sequence when the page says so', () => {
    const view = layoutView(
      { title: 'T', description: null, alternates: [], searchQuery: 'merger', noindex: true, sequence: [{ rel: 'next', href: '/search?q=merger&page=2' }] },
      { stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico' },
      '',
    );
    expect(view.search.query).toBe('merger');
    expect(view.noindex).toBe(true);
    expect(view.sequence).toEqual([{ rel: 'next', href: '/search?q=merger&page=2' }]);
    expect(view).not.toHaveProperty('searchQuery');
  });
});
