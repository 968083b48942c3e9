import type { CheerioAPI } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineText } from '../../src/render/headline-text.js';
import { richLoaded } from './fixtures/rich-release.js';
import { identityOf, page, readableText, resource } from './fixtures/rendered.js';
import { seedLoaded, seedSource } from '../fixtures/seed-release.js';
import { missingWords } from '../fixtures/filed-words.js';
import { projectRenderer, siteOf } from './fixtures/site.js';

describe('the seed release page', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    const render = await projectRenderer();
    $ = page(resource(render(siteOf(seedLoaded())), '/releases/american-locker-2004-05'));
  });

  it('shows every word of the filing, as many times as it is filed', () => {
    const filed = seedSource.toString('utf8');
    expect(filed.split(/\s+/).length).toBeGreaterThan(250);
    expect(missingWords(filed, readableText($))).toEqual([]);
  });

  it('has exactly one h1, the headline', () => {
    expect($('h1')).toHaveLength(1);
    expect($('h1').text()).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
    expect($('title').text()).toBe('AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION');
  });

  it('sets the exhibit label, banner, slug line with its ticker and desk line in the article header', () => {
    const header = $('article > header');
    expect(header.find('.exhibit').text()).toBe('Exhibit 99.1');
    expect(header.find('.banner').text()).toBe('PRESS RELEASE');
    expect(header.find('.slug-line').text()).toBe('(BW) (NY-AMERICAN-LOCKER-GROUP) (NASDAQ:ALGI)');
    expect(header.find('.slug-line .ticker').text()).toBe('NASDAQ:ALGI');
    expect(header.find('.desk-line').text()).toBe('BUSINESS EDITOR');
  });

  it('opens the lead paragraph with the dateline and its date as a time element', () => {
    const lead = $('.release-body p').first();
    expect(lead.children().first().is('span.dateline')).toBe(true);
    expect(lead.find('.dateline').text()).toBe('JAMESTOWN, NY-(BUSINESS WIRE) October 13, 2004');
    expect(lead.find('.dateline time').attr('datetime')).toBe('2004-10-13');
    expect(lead.find('.dateline time').text()).toBe('October 13, 2004');
    expect(lead.text()).toMatch(/^JAMESTOWN, NY-\(BUSINESS WIRE\) October 13, 2004 American Locker Group/);
  });

  it('puts the contacts at the top in an address, the phone as a tel: link and the fax as text', () => {
    const section = $('article > header + section.contacts');
    expect(section).toHaveLength(1);
    const headingId = section.attr('aria-labelledby') ?? '';
    expect($(`#${headingId}`).text()).toBe('Contacts');
    const address = section.find('address');
    expect(address.find('br')).toHaveLength(3);
    expect(address.find('a[href^="tel:"]').attr('href')).toBe('tel:+14124222377');
    expect(address.find('a[href^="tel:"]').text()).toBe('(412) 422-2377');
    expect(address.text()).toContain('Fax: (412) 422-2378');
    expect(address.find('a')).toHaveLength(1);
  });

  it('sets the safe harbor apart in a section named by its heading', () => {
    const section = $('section.safe-harbor');
    const heading = $(`#${section.attr('aria-labelledby') ?? ''}`);
    expect(heading.is('h2')).toBe(true);
    expect(heading.text()).toBe('Safe Harbor Statement under the Private Securities Litigation Reform Act Of 1995');
    expect(section.find('p').text()).toMatch(/^Except for historical information/);
  });

  it('shows the end marker, muted, and a footer with the formats and the release number', () => {
    expect($('.trailer .end-marker').text()).toBe('#####');
    const footer = $('article > footer');
    expect(footer.find('.release-number').text()).toBe('Release number 2004-05');
    expect(footer.find('a').map((_, a) => [[$(a).text(), $(a).attr('href')]]).get()).toEqual([
      ['Text as filed', '/releases/american-locker-2004-05.txt'],
      ['JSON', '/releases/american-locker-2004-05.json'],
    ]);
  });

  it('describes itself for search engines and links its other formats', () => {
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(description).toMatch(/^American Locker Group Incorporated announced/);
    expect(description.length).toBeLessThanOrEqual(160);
    expect($('link[rel="alternate"]').map((_, l) => $(l).attr('href')).get()).toEqual([
      '/releases/american-locker-2004-05.json',
      '/releases/american-locker-2004-05.txt',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
    ]);
  });
});

describe('the page chrome', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    const render = await projectRenderer();
    $ = page(resource(render(siteOf(seedLoaded())), '/releases/american-locker-2004-05'));
  });

  it('declares language, charset, viewport and colour schemes', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('meta[charset]').attr('charset')).toBe('utf-8');
    expect($('meta[name="viewport"]').attr('content')).toBe('width=device-width, initial-scale=1');
    expect($('meta[name="color-scheme"]').attr('content')).toBe('light dark');
  });

  it('links the fingerprinted stylesheet and the icons', () => {
    expect($('link[rel="stylesheet"]').attr('href')).toMatch(/^\/assets\/style\.[0-9a-f]{8}\.css$/);
    expect($('link[rel="icon"]').map((_, l) => $(l).attr('href')).get()).toEqual([
      '/favicon.ico',
      expect.stringMatching(/^\/assets\/icon\.[0-9a-f]{8}\.svg$/),
    ]);
  });

  it('starts with a skip link to a focusable main', () => {
    const focusable = $('a[href], [tabindex]:not([tabindex="-1"])').first();
    expect(focusable.hasClass('skip-link')).toBe(true);
    expect(focusable.attr('href')).toBe('#main');
    expect($('main#main').attr('tabindex')).toBe('-1');
  });

  it('has banner, named navigation, main and content info landmarks, one of each', () => {
    expect($('body > header nav[aria-label]').attr('aria-label')).toBe('Site');
    expect($('body > header nav a.site-name').attr('href')).toBe('/');
    expect($('main')).toHaveLength(1);
    expect($('body > footer')).toHaveLength(1);
  });

  it('uses no inline style, and no script but its JSON-LD, which runs nothing', () => {
    expect($('[style], style')).toHaveLength(0);
    expect($('script').map((_, script) => $(script).attr('type')).get()).toEqual(['application/ld+json']);
  });
});

describe('a release with every kind of block', () => {
  let $: CheerioAPI;
  let html: string;
  beforeAll(async () => {
    const render = await projectRenderer();
    const representation = resource(render(siteOf(richLoaded())), '/releases/widgets-2005-q4');
    html = identityOf(representation).toString('utf8');
    $ = page(representation);
  });

  it('escapes the filing, so its angle brackets and ampersands stay text', () => {
    expect($('h1').text()).toBe('Widgets & Gadgets <Holdings> posts "record" year');
    expect($('holdings')).toHaveLength(0);
    expect(html).toContain('Widgets &amp; Gadgets &lt;Holdings&gt;');
    // "Headline | Company" would be longer than 70 characters: the headline alone.
    expect($('title').text()).toBe('Widgets & Gadgets <Holdings> posts "record" year');
    expect($('meta[property="og:title"]').attr('content')).toBe('Widgets & Gadgets <Holdings> posts "record" year');
    expect(html).toContain('<meta property="og:title" content="Widgets &amp; Gadgets &lt;Holdings&gt; posts &#34;record&#34; year">');
  });

  it('keeps titles within 70 characters as read', () => {
    expect($('title').text().length).toBeLessThanOrEqual(70);
  });

  it('shows the subheadline and the issued date in the header', () => {
    expect($('article > header .subheadline').text()).toBe('Sales up 12% on strong demand');
    expect($('article > header .issued time').attr('datetime')).toBe('2005-01-25');
    expect($('article > header .issued').text()).toBe('Jan. 25, 2005');
  });

  it('shows a dateline that states no date without a time element', () => {
    expect($('.dateline').text()).toBe('ATLANTA -');
    expect($('.dateline time')).toHaveLength(0);
  });

  it('shows every list with its markers as filed, hidden from screen readers where the list says it', () => {
    expect($('ol.filed-markers > li').map((_, li) => $(li).text()).get()).toEqual([
      '(a) Revenue of $1.2 billion; see www.example.com/results.',
      '(b) Margin up 2 points.',
    ]);
    expect($('ol.filed-markers a').attr('href')).toBe('http://www.example.com/results');
    expect($('.release-body ul > li').map((_, li) => $(li).text()).get()).toEqual(['* New plant in Ohio', '* Hiring <100> people']);
    expect($('.release-body ul .marker').attr('aria-hidden')).toBe('true');
  });

  it('puts a table in its own keyboard-scrollable, named box', () => {
    const box = $('pre').parent();
    expect(box.is('section.scroll')).toBe(true);
    expect(box.attr('tabindex')).toBe('0');
    expect(box.attr('aria-label')).toBe('Preformatted text 1');
    expect($('pre').text()).toBe('Segment          Q4 2004        Q4 2003        Change\nWidgets          $  600         $  500         20%');
  });

  it('names an unheaded safe harbor with aria-label and shows no heading of ours', () => {
    const section = $('section.safe-harbor');
    expect(section.attr('aria-label')).toBe('Forward-looking statements');
    expect(section.find('h2, h3')).toHaveLength(0);
  });

  it('opens the article header with the preamble, as filed above everything else', () => {
    expect($('article > header > *').first().is('p')).toBe(true);
    expect($('article > header > *').first().text()).toBe('News');
  });

  it('closes with the contacts where they were filed among the trailer lines', () => {
    const order = $('article > *').map((_, el) => `${el.tagName}.${$(el).attr('class') ?? ''}`).get();
    expect(order).toEqual([
      'header.release-header',
      'div.release-body',
      'section.safe-harbor',
      'div.trailer',
      'section.contacts',
      'div.trailer',
      'footer.release-footer',
    ]);
    expect($('section.contacts').prev().text().trim()).toBe('-more-');
    expect($('section.contacts a.tel').attr('href')).toBe('tel:+442079460958');
    expect($('section.contacts a.email').attr('href')).toBe('mailto:ir@example.com');
    expect($('section.contacts').next().find('.end-marker').map((_, p) => $(p).text()).get()).toEqual([
      'SOURCE Widgets & Gadgets <Holdings> Inc.',
      '###',
    ]);
  });

  it('gives a filing without a headline one h1, styled as our label rather than the filing', async () => {
    const loaded = richLoaded();
    loaded.release.headline = null;
    loaded.release.subheadline = null;
    const render = await projectRenderer();
    const $untitled = page(resource(render(siteOf(loaded)), '/releases/widgets-2005-q4'));
    expect($untitled('h1')).toHaveLength(1);
    expect($untitled('h1').hasClass('headline-derived')).toBe(true);
    expect($untitled('h1').text()).toBe(headlineText(loaded.release));
    expect($('h1').hasClass('headline-derived')).toBe(false);
  });

  it('has no release number line when the filing has none', () => {
    expect($('.release-number')).toHaveLength(0);
  });
});
