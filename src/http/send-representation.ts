import type { Request, Response } from 'express';
import type { Representation } from '../render/representation.js';
import { preferredEncoding } from './accept-encoding.js';
import { entityTag, heldTag } from './entity-tag.js';

/** Headers that describe one representation; cleared before another is sent instead. */
const REPRESENTATION_HEADERS = [
  'Allow', 'Cache-Control', 'Content-Encoding', 'Content-Length', 'Content-Type', 'ETag', 'Location', 'Vary',
];

/**
 * Sends a pre-rendered representation in the encoding the client prefers, or 304 when the
 * client holds it already. Conditional requests are answered for success responses only.
 */
export function sendRepresentation(req: Request, res: Response, representation: Representation, status: number): void {
  const encoding = preferredEncoding(req.get('accept-encoding'));
  const held = status >= 200 && status < 300 ? heldTag(req.get('if-none-match'), representation.etag, encoding) : null;
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', representation.cacheControl);
  if (held !== null) {
    res.setHeader('ETag', held);
    res.status(304).end();
    return;
  }
  const body = representation[encoding];
  res.setHeader('ETag', entityTag(representation.etag, encoding));
  res.setHeader('Content-Type', representation.contentType);
  res.setHeader('Content-Length', body.length);
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.status(status);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

export function clearRepresentationHeaders(res: Response): void {
  for (const name of REPRESENTATION_HEADERS) res.removeHeader(name);
}
