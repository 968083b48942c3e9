import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RenderedSite, Representation } from '../../src/render/representation.js';
import { richLoaded } from './fixtures/rich-release.js';
import { seedLoaded } from '../fixtures/seed-release.js';
import { TABLES_SLUG, tablesLoaded } from './fixtures/table-release.js';
import { projectRenderer, siteOf } from './fixtures/site.js';
import { identityOf, resource } from './fixtures/rendered.js';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The layout writes the doctype in lower case, as HTML allows; the rule keeps it consistent.
    'doctype-style': ['error', { style: 'lowercase' }],
    // Phone numbers keep their characters as filed, so they copy and search as written;
    // the stylesheet keeps them on one line instead (a.tel { white-space: nowrap }).
    'tel-non-breaking': ['error', { ignoreClasses: ['tel'] }],
    // The rule counts character references as written ("&amp;" as five characters), so it
    // flags headlines with "&" or quotes that read well within the limit; the release page
    // tests check the title's length as read instead.
    'long-title': 'off',
  },
});

async function problems(representation: Representation): Promise<string[]> {
  const report = await validator.validateString(identityOf(representation).toString('utf8'));
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${String(m.line)}:${String(m.column)} ${m.ruleId}: ${m.message}`),
  );
}

describe('every page type is valid HTML', () => {
  let site: RenderedSite;
  let empty: RenderedSite;
  beforeAll(async () => {
    const render = await projectRenderer();
    const headless = seedLoaded();
    headless.slug = 'untitled';
    headless.release.headline = null;
    headless.release.safeHarbor = null;
    site = render(siteOf(richLoaded(), seedLoaded(), headless, tablesLoaded()));
    empty = render(siteOf());
  });

  it.each([
    ['the index', () => resource(site, '/')],
    ['the empty index', () => resource(empty, '/')],
    ['the seed release', () => resource(site, '/releases/american-locker-2004-05')],
    ['a release with every kind of block', () => resource(site, '/releases/widgets-2005-q4')],
    ['a release without headline or safe harbor', () => resource(site, '/releases/untitled')],
    ['a release with tables', () => resource(site, `/releases/${TABLES_SLUG}`)],
    ['the 404 page', () => site.notFound],
    ['the 405 page', () => site.methodNotAllowed],
    ['the 500 page', () => site.serverError],
  ])('%s', async (_name, pick) => {
    expect(await problems(pick())).toEqual([]);
  });
});
