import type { IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import { PERMISSIONS_POLICY } from '../../src/http/security-headers.js';

export const CSP = "default-src 'none';style-src 'self';img-src 'self';base-uri 'none';form-action 'self';frame-ancestors 'none'";
/** The policy of a page with JSON-LD: the same, and that one script allowed by its hash. */
export const CSP_WITH_SCRIPT = new RegExp(`^${CSP};script-src 'sha256-[A-Za-z0-9+/]{43}='$`);

export interface ExpectedHeaders {
  hsts?: string;
  /** A release page, whose JSON-LD script the policy allows by its hash. */
  script?: boolean;
  /** JSON, feeds and cards, which other sites may read. */
  shared?: boolean;
}

/** Every header each response must carry, whatever its type and status. */
export function expectSecurityHeaders(
  headers: IncomingHttpHeaders,
  { hsts = 'max-age=31536000; includeSubDomains', script = false, shared = false }: ExpectedHeaders = {},
): void {
  if (script) expect(headers['content-security-policy']).toMatch(CSP_WITH_SCRIPT);
  else expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['strict-transport-security']).toBe(hsts);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe(shared ? 'cross-origin' : 'same-origin');
  expect(headers['access-control-allow-origin']).toBe(shared ? '*' : undefined);
  expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
}
