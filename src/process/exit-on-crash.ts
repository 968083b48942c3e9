import type { Logger } from 'pino';
import { EXIT } from './exit-codes.js';

/**
 * After an uncaught exception or an unhandled rejection the process's state is unknown: it is
 * logged and the process exits at once, non-zero, for the supervisor (systemd, Docker, the
 * cluster's primary) to start a fresh one. Requests still under way are cut.
 */
export function exitOnCrash(logger: Logger): void {
  process.on('uncaughtException', (error, origin) => {
    logger.fatal({ err: error, origin }, `${origin === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception'}: exiting for the supervisor to restart`);
    process.exit(EXIT.crashed);
  });
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled rejection: exiting for the supervisor to restart');
    process.exit(EXIT.crashed);
  });
}
