import type { ServerResponse } from 'node:http';
import type { Representation } from '../render/representation.js';
import { policyHeader, POLICY, type SecurityOptions } from './security-headers.js';

/** Sets what one page adds to the policy every response carries; nothing for most. */
export type PagePolicy = (res: ServerResponse, representation: Representation) => void;

/**
 * A page with an inline script (its JSON-LD) is sent with a policy that allows exactly that
 * script, by its hash; a page made to be framed, with a policy naming the origins that may
 * frame it, and without `X-Frame-Options`, whose `DENY` would contradict them (it has no way to
 * name several origins). Set by the route that sends the page, after helmet, so the fast lane
 * replays it and the static export writes it for that URL.
 */
export function pagePolicy({ frameAncestors }: Pick<SecurityOptions, 'frameAncestors'>): PagePolicy {
  return (res, representation) => {
    const scripts = representation.scriptSources();
    const framed = representation.framable && frameAncestors.length > 0;
    if (scripts.length === 0 && !framed) return;
    res.setHeader('Content-Security-Policy', policyHeader({
      ...POLICY,
      ...(scripts.length === 0 ? {} : { 'script-src': scripts }),
      ...(framed ? { 'frame-ancestors': frameAncestors } : {}),
    }));
    if (framed) res.removeHeader('X-Frame-Options');
  };
}
