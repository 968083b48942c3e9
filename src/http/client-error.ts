import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { plainResponse } from './plain-response.js';

/**
 * What node:http does by default with a request its parser refuses, with the security headers
 * and a body that says why: 431 for an oversized head, 408 for one too slow to arrive, else 400;
 * then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, headers: OutgoingHttpHeaders, logger: Logger): void {
  logger.debug({ code: error.code }, 'refused a request the parser could not accept');
  // A response already under way on this connection cannot be followed by another.
  const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || pending?.headersSent === true) {
    socket.destroy();
    return;
  }
  socket.end(plainResponse(statusFor(error.code), headers));
}

function statusFor(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}
