import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { ParseThreads } from '../content/parse-threads.js';
import { progressReporter } from '../log/progress.js';
import { startServer, type RunningServer } from '../server.js';
import { StartupError } from '../startup-error.js';
import { EXIT } from './exit-codes.js';
import { boundHeapGrowth } from './heap-growth.js';
import { sizeRequestObjects } from './request-objects.js';

/** Beyond the grace period, how long a shutdown may still take before the process gives up on it. */
const BACKSTOP_MS = 5000;

export interface ServeOptions {
  /** Draw progress bars (standard error is a terminal). */
  interactive: boolean;
  /** Logs are read by a person at a terminal. */
  readableLogs: boolean;
  /** Parse threads started ahead, for the first load. */
  parseThreads?: ParseThreads;
}

/**
 * Runs the server in this process until it is told to stop: SIGTERM or SIGINT (or, in a
 * cluster worker, the primary's message) drains it and exits 0; a second signal exits at once;
 * SIGHUP reloads the TLS certificate. A problem the operator must fix to start is one line and
 * exit 78.
 */
export async function serve(config: Config, logger: Logger, { interactive, readableLogs, parseThreads }: ServeOptions): Promise<void> {
  let running: RunningServer | null = null;
  let stopping = false;
  // Read through a function: the flag changes in signal handlers, out of the type checker's sight.
  const isStopping = (): boolean => stopping;

  const stop = (reason: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down: finishing the responses under way');
    setTimeout(() => {
      logger.error('shutdown did not finish in time; exiting');
      process.exit(EXIT.crashed);
    }, config.shutdownGraceMs + BACKSTOP_MS).unref();
    if (running === null) process.exit(EXIT.stopped);
    running.close().then(
      () => {
        logger.info('stopped');
        process.exit(EXIT.stopped);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(EXIT.crashed);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(EXIT.crashed);
    }
    stop(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', () => void running?.reloadCertificate());
  if (cluster.isWorker) {
    process.on('message', (message) => {
      if (message === 'shutdown') stop('asked by the primary');
      if (message === 'reload-certificate') void running?.reloadCertificate();
    });
    // The primary is gone: nobody will restart or stop this worker, so it stops itself.
    process.on('disconnect', () => { stop('the primary is gone'); });
  }

  // In a cluster, one worker reports the loading: several bars on one terminal would garble it.
  const reportsProgress = !cluster.isWorker || cluster.worker?.id === 1;
  const progress = progressReporter({
    label: 'loading releases',
    interactive,
    stream: process.stderr,
    log: (message) => { logger.info(message); },
  });
  let server: RunningServer;
  try {
    await sizeRequestObjects();
    server = await startServer(config, logger, {
      readableLogs,
      onListening: (server) => {
        running = server;
        logger.info({ url: server.url, content: config.contentDir }, `listening at ${server.url}; loading the releases in ${config.contentDir}`);
      },
      beforeServing: () => {
        boundHeapGrowth();
      },
      ...(reportsProgress ? { onProgress: progress } : {}),
      ...(parseThreads === undefined ? {} : { parseThreads }),
    });
  } catch (error) {
    if (isStopping()) return;
    if (error instanceof StartupError) {
      logger.fatal({ setting: error.setting }, error.message);
      process.exit(EXIT.cannotStart);
    }
    logger.fatal({ err: error }, 'could not start');
    process.exit(EXIT.crashed);
  }
  if (isStopping()) return;
  logger.info({ url: server.url, redirect: server.redirectUrl ?? undefined }, `serving press releases at ${server.url}`);
}
