import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parseConfig } from './config.js';
import { exportContent } from './static-export/export-content.js';
import { ExportError } from './static-export/export-error.js';

// `npm run export -- --out DIR [--nginx FILE]`: writes the site as static files, for nginx, a CDN
// or any static host. Exit status: 0 written, 1 the site cannot be exported as it is, 2 usage
// or another failure.
const USAGE = 'usage: npm run export -- --out DIR [--nginx FILE]';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, nginx: { type: 'string' } }, strict: true });
  if (values.out === undefined) throw new Error(USAGE);
  const config = parseConfig(process.env);
  const out = path.resolve(values.out);
  const nginx = values.nginx === undefined ? null : path.resolve(values.nginx);
  // Logs go to stderr, so that stdout says only what was written.
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  const result = await exportContent(config, out, nginx, logger);
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  const urls = result.files.filter((file) => file.url !== null).length;
  process.stdout.write(
    `exported ${urls} URLs and the not-found pages to ${out}, ${(result.bytes / 1024 / 1024).toFixed(1)} MB with their .gz and .br forms\n` +
      (nginx === null ? '' : `nginx directives for it, with its ${result.redirects.length} redirects, in ${nginx}\n`) +
      (errors === 0 ? '' : `${errors} files could not be published: npm run check lists them\n`),
  );
} catch (error) {
  process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof ExportError ? 1 : 2;
}
