import { readFile } from 'node:fs/promises';
import { createSecureContext, type SecureContextOptions } from 'node:tls';
import { watch } from 'chokidar';
import type { Logger } from 'pino';
import type { TlsFiles } from '../config.js';
import { StartupError } from '../startup-error.js';

/** A renewal writes two files: wait for both to settle before reading them. */
const SETTLE_MS = 300;

/** Reads the certificate chain and key, and checks that they make a usable pair. */
export async function readCertificate(files: TlsFiles): Promise<SecureContextOptions> {
  const [cert, key] = await Promise.all([readPem(files.cert, 'TLS_CERT'), readPem(files.key, 'TLS_KEY')]);
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError('TLS_CERT', `TLS_CERT ${files.cert} and TLS_KEY ${files.key} are not a usable certificate and key (${reason})`);
  }
  return { cert, key };
}

async function readPem(file: string, setting: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new StartupError(setting, `${setting} ${file} cannot be read (${code})`);
  }
}

export interface CertificateReloader {
  /** Reads the pair again and swaps it in; a bad pair is logged and the current one kept. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Keeps the served certificate current: reloads the pair when either file changes, and when
 * `reload` is called (on SIGHUP). New connections get the new pair; open ones keep theirs.
 */
export async function reloadCertificateOnChange(
  files: TlsFiles,
  apply: (pair: SecureContextOptions) => void,
  logger: Logger,
): Promise<CertificateReloader> {
  const log = logger.child({ component: 'tls' });
  const reload = async (): Promise<void> => {
    try {
      apply(await readCertificate(files));
      log.info({ cert: files.cert }, 'certificate reloaded');
    } catch (error) {
      log.error({ cert: files.cert }, `could not reload the certificate; still serving the previous one: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch([files.cert, files.key], {
    ignoreInitial: true,
    awaitWriteFinish: { stabilityThreshold: SETTLE_MS, pollInterval: 50 },
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), SETTLE_MS);
  });
  watcher.on('error', (error) => {
    log.error({ err: error }, 'watching the certificate files failed; SIGHUP still reloads them');
  });
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return {
    reload,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
