import { writeFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { loadSite } from '../content/load.js';
import type { Problem } from '../content/site.js';
import { createApp } from '../http/app.js';
import { rendererOptions, securityOptions } from '../configured.js';
import { createRenderer } from '../render/renderer.js';
import { exportSite, type Exported } from './export-site.js';
import { nginxInclude } from './nginx-config.js';

export interface ContentExport extends Exported {
  /** What the content folder holds that was not published as filed, as `npm run check` lists it. */
  problems: readonly Problem[];
}

/**
 * Loads the content folder as the server does, renders it with the same settings and writes
 * the site into `out`; with `nginxFile`, also the nginx directives that serve it as Pressroom.
 */
export async function exportContent(config: Config, out: string, nginxFile: string | null, logger: Logger): Promise<ContentExport> {
  const site = await loadSite(config.contentDir, { maxFileBytes: config.maxFileBytes });
  const render = await createRenderer(rendererOptions(config, logger));
  const rendered = render(site);
  const security = securityOptions(config);
  const exported = await exportSite(rendered, createApp({ site: () => rendered, logger, security }), out);
  if (nginxFile !== null) await writeFile(nginxFile, nginxInclude(exported.files, exported.redirects));
  return { ...exported, problems: site.problems };
}
