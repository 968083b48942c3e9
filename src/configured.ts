import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { SecurityOptions } from './http/security-headers.js';
import type { RendererOptions } from './render/renderer.js';

/** The renderer as the configuration sets it: the server and the static export make the same site. */
export function rendererOptions(config: Config, logger: Logger): RendererOptions {
  return {
    views: config.viewsDir,
    public: config.publicDir,
    pageCacheControl: config.pageCacheControl,
    bodyCacheBytes: config.bodyCacheBytes,
    publication: config.publication,
    logger,
  };
}

/** The security headers as the configuration sets them, for the server and the export alike. */
export function securityOptions(config: Config): SecurityOptions {
  return { hsts: config.hsts, frameAncestors: config.frameAncestors };
}
