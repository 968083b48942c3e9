import { pino } from 'pino';
import { parseConfig, type Config } from './config.js';
import { startServer } from './server.js';

/** Backstop for a shutdown that hangs after the server's own grace period. */
const FORCE_EXIT_MS = 15_000;

let config: Config | undefined;
try {
  config = parseConfig(process.env);
} catch (error) {
  process.stderr.write(`pressroom: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

if (config !== undefined) {
  const logger = pino({ level: config.logLevel });
  try {
    const running = await startServer(config, logger);
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      setTimeout(() => {
        logger.error('shutdown did not finish in time; exiting');
        process.exit(1);
      }, FORCE_EXIT_MS).unref();
      running.close().then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    logger.info({ url: running.url, content: config.contentDir }, `serving press releases at ${running.url}`);
  } catch (error) {
    logger.fatal({ err: error }, 'could not start');
    process.exitCode = 1;
  }
}
