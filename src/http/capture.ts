import { IncomingMessage, ServerResponse, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { REQUEST_ID_HEADER } from './request-id.js';

/**
 * A response's head as the application set it: what the fast lane replays and the static export
 * writes. The request id is left out: it is each request's own.
 */
export interface Recorded {
  status: number;
  statusMessage: string;
  /** Header names and values, alternating, in the order they were set, as `writeHead` takes them. */
  headers: readonly string[];
}

export interface Rehearsal {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/**
 * Runs a request through `listener` with no client: the response is written to nowhere and
 * its status and headers are recorded. Resolves once the response has ended.
 */
export function capture(listener: RequestListener, { method, url, headers }: Rehearsal): Promise<Recorded> {
  const nowhere = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  }) as unknown as Socket;
  const req = new IncomingMessage(nowhere);
  Object.assign(req, { method, url, headers, httpVersion: '1.1', httpVersionMajor: 1, httpVersionMinor: 1, complete: true });
  req.push(null);
  const res = new ServerResponse(req);
  res.assignSocket(nowhere);
  return new Promise((resolve, reject) => {
    res.once('finish', () => {
      resolve(recorded(res));
    });
    res.once('error', reject);
    listener(req, res);
  });
}

function recorded(res: ServerResponse): Recorded {
  const headers: string[] = [];
  for (const name of res.getRawHeaderNames()) {
    if (name.toLowerCase() === REQUEST_ID_HEADER.toLowerCase()) continue;
    const value = res.getHeader(name);
    for (const one of Array.isArray(value) ? value : [value]) headers.push(name, String(one));
  }
  return { status: res.statusCode, statusMessage: res.statusMessage, headers };
}
