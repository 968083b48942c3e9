import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** An incoming id is kept when it looks like one (a UUID, a trace id), never when it could carry anything else. */
const SANE_REQUEST_ID = /^[\w.:@+/=-]{1,128}$/;

/**
 * Kept on the request itself: a WeakMap entry per request would make every garbage collection
 * walk thousands of them under load.
 */
const ID = Symbol('request id');
type Identified = IncomingMessage & { [ID]?: string };

/**
 * The request's id: the client's `X-Request-Id` when it is sane, else a new UUID, the same
 * every time it is asked for, so that the access log, an error's log and the response agree.
 */
export function requestId(req: Identified): string {
  let id = req[ID];
  if (id === undefined) {
    const incoming = req.headers['x-request-id'];
    id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req[ID] = id;
  }
  return id;
}

/**
 * Sends the request id back, first among the headers. The fast lane sends it the same way in
 * its replayed heads (it is never recorded in them: each response has its own).
 */
export const sendRequestId: RequestHandler = (req, res, next) => {
  res.setHeader(REQUEST_ID_HEADER, requestId(req));
  next();
};
