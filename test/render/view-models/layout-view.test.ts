import { describe, expect, it } from 'vitest';
import { layoutView, pageTitle } from '../../../src/render/view-models/layout-view.js';

describe('pageTitle', () => {
  it('adds the site name when the whole fits in 70 characters', () => {
    expect(pageTitle('Press releases', 'Pressroom')).toBe('Press releases | Pressroom');
    expect(pageTitle('Press releases', 'Example Newsroom')).toBe('Press releases | Example Newsroom');
  });

  it('drops the site name before cutting a headline', () => {
    const headline = 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION';
    expect(pageTitle(headline, 'Pressroom')).toBe(headline);
  });

  it('cuts a headline longer than 70 characters at a word', () => {
    const title = pageTitle('Economic strength in Southeast drives Southern Company earnings above expectations', 'Pressroom');
    expect(title).toBe('Economic strength in Southeast drives Southern Company earnings above…');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});

describe('layoutView', () => {
  it('joins the page meta, the chrome, the feeds every page offers and the page markup', () => {
    const view = layoutView(
      { title: 'T', description: null, language: 'fr-CA', alternates: [{ type: 'application/json', href: '/x.json', title: null }], links: [], metaTags: [] },
      { stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico' },
      '<p>x</p>',
      'Example Newsroom',
    );
    expect(view).toEqual({
      title: 'T', description: null, language: 'fr-CA', links: [], metaTags: [],
      alternates: [
        { type: 'application/json', href: '/x.json', title: null },
        { type: 'application/rss+xml', href: '/feed.xml', title: 'Example Newsroom (RSS)' },
        { type: 'application/atom+xml', href: '/atom.xml', title: 'Example Newsroom (Atom)' },
        { type: 'application/feed+json', href: '/feed.json', title: 'Example Newsroom (JSON Feed)' },
      ],
      stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico', preview: null, structuredData: null,
      siteName: 'Example Newsroom', homeHref: '/', releasesJsonHref: '/releases.json',
      search: { action: '/search', query: '', maxLength: 200 }, noindex: false, sequence: [],
      content: '<p>x</p>',
    });
  });

  it('fills the search box, keeps robots out and links the sequence when the page says so', () => {
    const view = layoutView(
      {
        title: 'T', description: null, language: 'en', alternates: [], links: [], metaTags: [],
        searchQuery: 'merger', noindex: true, sequence: [{ rel: 'next', href: '/search?q=merger&page=2' }],
      },
      { stylesheetHref: '/assets/style.0123abcd.css', iconHref: null, faviconHref: '/favicon.ico' },
      '',
      'Example Newsroom',
    );
    expect(view.search.query).toBe('merger');
    expect(view.noindex).toBe(true);
    expect(view.sequence).toEqual([{ rel: 'next', href: '/search?q=merger&page=2' }]);
    expect(view).not.toHaveProperty('searchQuery');
  });
});
