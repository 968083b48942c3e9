import { createHash } from 'node:crypto';
import { createRepresentation, type Representation, type RepresentationInput } from './representation.js';

export type Represent = (input: RepresentationInput) => Representation;

/**
 * Runs renders that reuse the representations of the previous render whose bytes and headers
 * are unchanged, so a content change recompresses only what it changed. Only the latest
 * render's representations are kept.
 */
export function reuseAcrossRenders(): <T>(render: (represent: Represent) => T) => T {
  let previous = new Map<string, Representation>();
  return (render) => {
    const current = new Map<string, Representation>();
    const result = render((input) => {
      const key = keyOf(input);
      const representation = current.get(key) ?? previous.get(key) ?? createRepresentation(input);
      current.set(key, representation);
      return representation;
    });
    previous = current;
    return result;
  };
}

function keyOf({ status, contentType, cacheControl, body }: RepresentationInput): string {
  const digest = createHash('sha256').update(body).digest('hex');
  return JSON.stringify([status, contentType, cacheControl, digest]);
}
