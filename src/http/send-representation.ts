import type { Request, Response } from 'express';
import type { Representation } from '../render/representation.js';
import { answerFor, type Answer } from './answer.js';

/** Headers that describe one representation; cleared before another is sent instead. */
const REPRESENTATION_HEADERS = [
  'Allow', 'Cache-Control', 'Content-Encoding', 'Content-Length', 'Content-Type', 'ETag', 'Last-Modified', 'Location', 'Vary',
];

/**
 * Sends a representation in the encoding the client prefers among those at hand, or 304 when
 * the client holds it already. Waits only for a body whose producer is asynchronous.
 */
export function sendRepresentation(
  req: Request,
  res: Response,
  representation: Representation,
  status: number = representation.status,
): Promise<void> | undefined {
  const answer = answerFor(req.headers, representation, status);
  if (answer !== undefined) {
    send(req, res, representation, answer);
    return undefined;
  }
  return representation.produced().then((identity) => {
    const produced = answerFor(req.headers, representation, status, identity);
    if (produced === undefined) throw new Error(`no body for ${req.path}`);
    send(req, res, representation, produced);
  });
}

function send(req: Request, res: Response, representation: Representation, answer: Answer): void {
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', representation.cacheControl);
  res.setHeader('ETag', answer.etag);
  if (answer.body === undefined) {
    res.status(answer.status).end();
    return;
  }
  if (representation.lastModified !== null) res.setHeader('Last-Modified', representation.lastModified);
  res.setHeader('Content-Type', representation.contentType);
  res.setHeader('Content-Length', answer.body.length);
  if (answer.encoding !== 'identity') res.setHeader('Content-Encoding', answer.encoding);
  res.status(answer.status);
  if (req.method === 'HEAD') res.end();
  else res.end(answer.body);
}

export function clearRepresentationHeaders(res: Response): void {
  for (const name of REPRESENTATION_HEADERS) res.removeHeader(name);
}
