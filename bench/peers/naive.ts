/**
 * Peer (c): the usual Express app. helmet and `compression`, the release parsed once at start,
 * and per request the view model built, the same EJS templates rendered and the page
 * compressed; Express adds its own ETag.
 */
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import { loadSite } from '../../src/content/load.js';
import { securityHeaders } from '../../src/http/security-headers.js';
import { loadAssets } from '../../src/render/assets.js';
import { DEFAULT_PUBLICATION } from '../../src/render/publication.js';
import { releaseClock } from '../../src/render/release-dates.js';
import { loadTemplates } from '../../src/render/templates.js';
import { timeZone } from '../../src/render/time-zone.js';
import { layoutView } from '../../src/render/view-models/layout-view.js';
import { releasePage } from '../../src/render/view-models/release-view.js';

const root = path.resolve(import.meta.dirname, '../..');
const [site, templates, assets] = await Promise.all([
  loadSite(path.resolve(process.env['CONTENT_DIR'] ?? 'content'), { maxFileBytes: 2 * 1024 * 1024 }),
  loadTemplates(path.join(root, 'views')),
  loadAssets(path.join(root, 'public')),
]);

const publication = DEFAULT_PUBLICATION;
const clock = releaseClock(publication, timeZone(publication.timeZone));

const app = express();
app.use(securityHeaders());
app.use(compression());
app.get('/releases/:slug', (req, res, next) => {
  const index = site.releases.findIndex((release) => release.slug === req.params.slug);
  const loaded = site.releases[index];
  if (loaded === undefined) {
    next();
    return;
  }
  const neighbours = { newer: site.releases[index - 1] ?? null, older: site.releases[index + 1] ?? null };
  const page = releasePage(loaded, { publication, clock, ...neighbours });
  res.type('html').send(templates.layout(layoutView(page.meta, assets.chrome, templates.release(page.view), publication.siteName)));
});
app.listen(Number(process.env['PORT']), '127.0.0.1');
