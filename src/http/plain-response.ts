import { IncomingMessage, ServerResponse, type OutgoingHttpHeaders, STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import type { RequestHandler } from 'express';

/**
 * The headers a middleware sets on every response, taken once from a response nobody sends:
 * so that answers written outside Express (a request the parser refused, a missing Host)
 * carry the same security headers as every page.
 */
export function headersSetBy(middleware: RequestHandler): OutgoingHttpHeaders {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  // Only setHeader and removeHeader are used by header middleware; nothing is written.
  middleware(req as Parameters<RequestHandler>[0], res as Parameters<RequestHandler>[1], () => undefined);
  return res.getHeaders();
}

/** A short plain-text answer, the connection closed after it. */
export function plainResponse(status: number, headers: OutgoingHttpHeaders): string {
  const reason = STATUS_CODES[status] ?? 'Error';
  const body = `${reason}\n`;
  const lines = [`HTTP/1.1 ${status} ${reason}`];
  for (const [name, value] of Object.entries({
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  })) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${one}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The same answer through a response object, for a request that did parse. */
export function sendPlain(res: ServerResponse, status: number, headers: OutgoingHttpHeaders): void {
  const body = `${STATUS_CODES[status] ?? 'Error'}\n`;
  res.shouldKeepAlive = false;
  res.writeHead(status, {
    ...headers,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
