import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { checkContentFolder } from './content-folder.js';
import type { ParseRelease } from './content/load.js';
import type { ParseThreads } from './content/parse-threads.js';
import { openContentStore, type ContentStore } from './content/store.js';
import { withAccessLog } from './http/access-log.js';
import { createApp } from './http/app.js';
import { createRequestListener } from './http/fast-lane.js';
import { reloadCertificateOnChange, readCertificate, type CertificateReloader } from './http/certificate.js';
import type { ServerState } from './http/health.js';
import { createHttpsRedirectApp } from './http/https-redirect.js';
import { listen, type ListenOptions, type Listening } from './http/listen.js';
import { headersSetBy } from './http/plain-response.js';
import { securityHeaders } from './http/security-headers.js';
import { liveRenderedSite } from './live-site.js';
import { rendererOptions, securityOptions } from './configured.js';
import { createRenderer } from './render/renderer.js';
import type { RenderedSite } from './render/representation.js';
import { StartupError } from './startup-error.js';

export interface RunningServer {
  url: string;
  /** The plain HTTP address that redirects to `url`, when HTTP_REDIRECT_PORT is set. */
  redirectUrl: string | null;
  /** Loading the content, serving it, or draining to stop. */
  state(): ServerState;
  /** Reads the TLS certificate and key again (SIGHUP); nothing to do without TLS. */
  reloadCertificate(): Promise<void>;
  /** Graceful stop: see `Listening.close`; then the content folder is no longer watched. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Given the server as soon as it listens, before the content has loaded (it can be closed then). */
  onListening?: (running: RunningServer) => void;
  /** Told how many content files have been read at start-up, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Reads the decoded text; the filing parser unless a test stands in for it. */
  parse?: ParseRelease;
  /**
   * Called once the first site is rendered, just before it is served: for work that would
   * otherwise hold the first requests served.
   */
  beforeServing?: () => void;
  /** Parse threads started ahead by the process, for the first load. */
  parseThreads?: ParseThreads;
  /** Access log lines for a person at a terminal rather than for a collector. */
  readableLogs?: boolean;
}

/**
 * Listens first, then loads the content: a port in use or an unreadable certificate is said at
 * once, and while thousands of releases load, health checks answer (not ready yet) and every
 * other request gets a 503 that says so. Settles once the site is rendered and served; when the
 * content changes it is rendered again and swapped in whole.
 */
export async function startServer(config: Config, logger: Logger, options: StartOptions = {}): Promise<RunningServer> {
  const render = await createRenderer(rendererOptions(config, logger));
  const security = securityOptions(config);
  let state: ServerState = 'starting';
  // Read through a function: `close` changes the state while the content loads.
  const currentState = (): ServerState => state;
  let live: (() => RenderedSite) | null = null;
  const site = (): RenderedSite => {
    if (live === null) throw new Error('the site has not loaded yet');
    return live();
  };
  const app = createApp({ site, logger, state: currentState, security, trustProxy: config.trustProxy });
  const logged = (listener: RequestListener): RequestListener =>
    config.accessLog ? withAccessLog(listener, { logger, trustProxy: config.trustProxy, readable: options.readableLogs ?? false }) : listener;
  const base: Omit<ListenOptions, 'port'> = {
    host: config.host,
    limits: config.limits,
    plainHeaders: headersSetBy(securityHeaders(security)),
    logger,
  };

  const tls = config.tls === null ? null : await readCertificate(config.tls);
  const main = await listenAs('PORT', logged(createRequestListener({ app, site })), { ...base, port: config.port, tls });
  let redirect: Listening | null = null;
  let certificate: CertificateReloader | null = null;
  try {
    if (config.httpRedirectPort !== null) {
      const redirectApp = createHttpsRedirectApp(() => config.publicHttpsPort ?? main.port, security);
      redirect = await listenAs('HTTP_REDIRECT_PORT', logged(redirectApp), { ...base, port: config.httpRedirectPort });
    }
    if (config.tls !== null) {
      certificate = await reloadCertificateOnChange(config.tls, (pair) => { main.setSecureContext(pair); }, logger);
    }
  } catch (error) {
    await Promise.all([main.close(0), redirect?.close(0)]);
    throw error;
  }

  let store: ContentStore | null = null;
  const openStore = async (): Promise<ContentStore> => {
    await checkContentFolder(config.contentDir);
    return openContentStore({
      dir: config.contentDir,
      maxFileBytes: config.maxFileBytes,
      watch: config.watch,
      logger,
      onProgress: (done, total) => {
        if (currentState() === 'starting') options.onProgress?.(done, total);
      },
      ...(options.parse === undefined ? {} : { parse: options.parse }),
      ...(options.parseThreads === undefined ? {} : { threads: options.parseThreads }),
    });
  };
  const ready = (async () => {
    // Threads started ahead that the first load did not take are ended once it is done, or has failed.
    const opened = await openStore().finally(() => options.parseThreads?.release());
    store = opened;
    if (currentState() !== 'starting') return;
    const rendered = await liveRenderedSite(opened, render, logger);
    if (currentState() !== 'starting') return;
    options.beforeServing?.();
    live = rendered;
    state = 'ready';
  })();

  let closing: Promise<void> | null = null;
  const running: RunningServer = {
    url: main.url,
    redirectUrl: redirect?.url ?? null,
    state: currentState,
    async reloadCertificate() {
      await certificate?.reload();
    },
    close() {
      state = 'stopping';
      closing ??= (async () => {
        await Promise.all([main.close(config.shutdownGraceMs), redirect?.close(config.shutdownGraceMs)]);
        await ready.catch(() => undefined);
        await Promise.all([store?.close(), certificate?.close()]);
      })();
      return closing;
    },
  };
  options.onListening?.(running);
  try {
    await ready;
  } catch (error) {
    await running.close();
    throw error;
  }
  return running;
}

/** Listens, and says which setting to change when the address cannot be had. */
async function listenAs(setting: string, listener: RequestListener, options: ListenOptions): Promise<Listening> {
  try {
    return await listen(listener, options);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const where = `port ${options.port} on ${options.host}`;
    if (code === 'EADDRINUSE') throw new StartupError(setting, `${where} is already in use: set ${setting} to a free port, or stop what is using it`);
    if (code === 'EACCES') throw new StartupError(setting, `${where} needs privileges this process does not have: set ${setting} above 1023`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new StartupError('HOST', `HOST ${options.host} is not an address of this machine (${code}): set HOST to one, e.g. 0.0.0.0 or localhost`);
    }
    throw error;
  }
}
