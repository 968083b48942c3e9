import { describe, expect, it } from 'vitest';
import { indexPage } from '../../../src/render/view-models/index-view.js';
import { richLoaded } from '../fixtures/rich-release.js';
import { seedLoaded } from '../../fixtures/seed-release.js';
import { siteOf } from '../fixtures/site.js';

describe('indexPage', () => {
  it('lists releases in the order the site holds them, with readable dates', () => {
    const { view } = indexPage(siteOf(richLoaded(), seedLoaded()));
    expect(view.releases).toEqual([
      {
        href: '/releases/widgets-2005-q4',
        headline: 'Widgets & Gadgets <Holdings> posts "record" year',
        date: { iso: '2005-01-25', text: 'January 25, 2005' },
        company: 'Widgets & Gadgets <Holdings> Inc.',
      },
      {
        href: '/releases/american-locker-2004-05',
        headline: 'AMERICAN LOCKER GROUP INCORPORATED POSTAL CONTRACT EXTENSION',
        date: { iso: '2004-10-13', text: 'October 13, 2004' },
        company: 'American Locker Group Incorporated',
      },
    ]);
  });

  it('shows no date for a release that states none', () => {
    const loaded = seedLoaded();
    loaded.release.date = null;
    expect(indexPage(siteOf(loaded)).view.releases[0]?.date).toBeNull();
  });

  it('titles the page and offers the list as JSON', () => {
    const { meta, view } = indexPage(siteOf());
    expect(meta.title).toBe('Press releases | Pressroom');
    expect(meta.alternates).toEqual([{ type: 'application/json', href: '/releases.json' }]);
    expect(view.releases).toEqual([]);
  });
});
