import type { IncomingHttpHeaders } from 'node:http';
import { expect } from 'vitest';
import { PERMISSIONS_POLICY } from '../../src/http/security-headers.js';

export const CSP = "default-src 'none';style-src 'self';img-src 'self';base-uri 'none';form-action 'self';frame-ancestors 'none'";

/** Every header each response must carry, whatever its type and status. */
export function expectSecurityHeaders(headers: IncomingHttpHeaders, hsts = 'max-age=31536000; includeSubDomains'): void {
  expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['strict-transport-security']).toBe(hsts);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-powered-by']).toBeUndefined();
}
