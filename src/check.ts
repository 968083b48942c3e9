import path from 'node:path';
import { parseConfig } from './config.js';
import { checkContent } from './content/check.js';
import { progressReporter } from './log/progress.js';

// `npm run check [folder]`: lists what would stop each filing from being published.
// Exit status: 0 all publishable, 1 some file refused, 2 the check itself could not run.
try {
  const config = parseConfig(process.env);
  const folder = process.argv[2];
  const dir = folder === undefined ? config.contentDir : path.resolve(folder);
  const displayDir = folder ?? (path.relative(process.cwd(), dir) || '.');
  const onProgress = progressReporter({
    label: 'reading releases',
    interactive: process.stderr.isTTY,
    stream: process.stderr,
    log: (message) => process.stderr.write(`check: ${message}\n`),
  });
  const result = await checkContent(dir, { maxFileBytes: config.maxFileBytes, displayDir, onProgress });
  process.stdout.write(result.output);
  process.exitCode = result.exitCode;
} catch (error) {
  process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
