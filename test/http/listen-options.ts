import { parseConfig } from '../../src/config.js';
import type { ListenOptions } from '../../src/http/listen.js';
import { headersSetBy } from '../../src/http/plain-response.js';
import { securityHeaders } from '../../src/http/security-headers.js';
import { captureLogger } from '../content/capture-logger.js';

/** Loopback, any free port, the default limits (or `env`'s), a logger that keeps its lines. */
export function listenOptions(env: NodeJS.ProcessEnv = {}, host = '127.0.0.1'): ListenOptions {
  return {
    port: 0,
    host,
    limits: parseConfig(env).limits,
    plainHeaders: headersSetBy(securityHeaders()),
    logger: captureLogger().logger,
  };
}
