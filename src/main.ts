import cluster from 'node:cluster';
import { ConfigError, parseConfig, type Config } from './config.js';
import { startParseThreadsFor } from './content/parse-threads.js';
import { createLogger, wantsPretty } from './log/logger.js';
import { EXIT } from './process/exit-codes.js';
import { exitOnCrash } from './process/exit-on-crash.js';
import { runPrimary } from './process/primary.js';

let config: Config | undefined;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`pressroom: ${error.message}\n`);
  process.exitCode = EXIT.cannotStart;
}

if (config !== undefined) {
  const terminal = process.stdout.isTTY;
  const pretty = wantsPretty(config.logFormat, terminal);
  const logger = createLogger({ level: config.logLevel, pretty, colorize: terminal });
  exitOnCrash(logger);
  if (cluster.isPrimary && config.webConcurrency > 1) {
    runPrimary(config, logger);
  } else {
    // The parse threads load the parser while this thread loads the server's modules.
    const parseThreads = startParseThreadsFor(config.contentDir);
    const { serve } = await import('./process/serve.js');
    await serve(config, logger, { interactive: process.stderr.isTTY, readableLogs: pretty, ...(parseThreads && { parseThreads }) });
  }
}
