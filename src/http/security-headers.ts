import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';
import type { Hsts } from '../config.js';

export interface SecurityOptions {
  hsts: Hsts;
  /** Origins that may frame the pages made to be framed (`FRAME_ANCESTORS`); none by default. */
  frameAncestors: readonly string[];
}

export const DEFAULT_SECURITY: SecurityOptions = {
  hsts: { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true, preload: false },
  frameAncestors: [],
};

/**
 * The content security policy of every response, by directive: pages load only our own
 * stylesheet and images, run no script, submit forms only here and are framed by no one. A page that
 * needs more (a script allowed by its hash, framing by named origins) is sent with this policy
 * and those sources added (`policyHeader`).
 */
export const POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'base-uri': ["'none'"],
  // The search form in every page's header submits to this site, and only there.
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** The policy's header value, written as helmet writes it. */
export function policyHeader(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives).map(([name, sources]) => [name, ...sources].join(' ')).join(';');
}

/**
 * Features a page of text never uses, each allowed to no origin at all. Only names browsers
 * know: an unknown one costs every page view a console error in Chromium.
 */
const DENIED_FEATURES = [
  'accelerometer', 'ambient-light-sensor', 'autoplay', 'bluetooth', 'browsing-topics', 'camera',
  'compute-pressure', 'display-capture', 'encrypted-media', 'fullscreen', 'gamepad', 'geolocation',
  'gyroscope', 'hid', 'identity-credentials-get', 'idle-detection', 'local-fonts', 'magnetometer',
  'microphone', 'midi', 'otp-credentials', 'payment', 'picture-in-picture', 'publickey-credentials-create',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'storage-access', 'sync-xhr', 'usb',
  'web-share', 'window-management', 'xr-spatial-tracking',
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');

/**
 * The headers every response carries, whoever answers it: helmet with the content security
 * policy written out in full (`POLICY`), HSTS as configured, and a Permissions-Policy.
 * A response type that needs another value (a resource other sites may read, a page other
 * sites may frame) sets its own where it is sent, after these.
 */
export function securityHeaders(options: SecurityOptions = DEFAULT_SECURITY): RequestHandler {
  const base = helmet(helmetOptions(options));
  return (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    base(req, res, next);
  };
}

function helmetOptions({ hsts }: SecurityOptions): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: POLICY,
    },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // same-origin stays: this header only stops other sites embedding our responses as
    // no-cors subresources (img, script). Investor-relations sites link to pages, and one that
    // reads the JSON does so from its server or through CORS, which this header does not touch.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: hsts.maxAge, includeSubDomains: hsts.includeSubDomains, preload: hsts.preload },
    // Browsers without frame-ancestors read this one: it must say the same, no framing at all.
    xFrameOptions: { action: 'deny' },
  };
}
