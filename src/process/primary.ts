import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { EXIT } from './exit-codes.js';

/** More deaths than this within the window, and the primary gives up: something is wrong beyond one worker. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** Beyond the workers' grace period, how long the primary waits for them before killing them. */
const BACKSTOP_MS = 5000;

/**
 * Runs `config.webConcurrency` workers (node:cluster), each loading, watching and serving the
 * content itself on the shared port. A worker that dies is replaced, up to a limit; one that
 * cannot start stops them all with its exit code. SIGTERM or SIGINT drains every worker and
 * exits 0; a second signal kills them at once. SIGHUP reloads every worker's certificate.
 */
export function runPrimary(config: Config, logger: Logger): void {
  const log = logger.child({ component: 'cluster' });
  const alive = new Set<Worker>();
  const deaths: number[] = [];
  let stopping = false;
  let exitCode: number = EXIT.stopped;

  const fork = (): void => {
    alive.add(cluster.fork());
  };
  const stopAll = (code: number, reason: string): void => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    log.info({ reason, workers: alive.size }, 'stopping every worker');
    for (const worker of alive) worker.send('shutdown');
    setTimeout(() => {
      log.error('workers did not stop in time; killing them');
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(EXIT.crashed);
    }, config.shutdownGraceMs + BACKSTOP_MS).unref();
    if (alive.size === 0) process.exit(exitCode);
  };

  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker);
    if (stopping) {
      if (alive.size === 0) {
        log.info('every worker stopped');
        process.exit(exitCode);
      }
      return;
    }
    if (code === EXIT.cannotStart) {
      stopAll(EXIT.cannotStart, 'a worker could not start');
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && (deaths[0] ?? now) < now - RESTART_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_RESTARTS) {
      log.fatal({ deaths: deaths.length, windowMs: RESTART_WINDOW_MS }, 'workers keep dying; giving up for the supervisor to restart');
      stopAll(EXIT.crashed, 'too many workers died');
      return;
    }
    log.error({ worker: worker.process.pid, code, signal }, 'a worker died; starting another');
    fork();
  });

  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'second signal: killing every worker');
      for (const worker of alive) worker.process.kill('SIGKILL');
      process.exit(EXIT.crashed);
    }
    stopAll(EXIT.stopped, signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('SIGHUP', () => {
    for (const worker of alive) worker.send('reload-certificate');
  });

  log.info({ workers: config.webConcurrency }, `starting ${config.webConcurrency} workers`);
  for (let i = 0; i < config.webConcurrency; i += 1) fork();
}
