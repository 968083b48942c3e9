import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's defaults, with the content security policy written out in full: pages load only
 * our own stylesheet and images, run no script, submit no form and are framed by no one.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    // same-origin stays: this header only stops other sites embedding our responses as
    // no-cors subresources (img, script). Investor-relations sites link to pages, and one that
    // reads the JSON does so from its server or through CORS, which this header does not touch.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    // Browsers without frame-ancestors read this one: it must say the same, no framing at all.
    xFrameOptions: { action: 'deny' },
  });
}
