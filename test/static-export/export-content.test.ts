import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { exportContent } from '../../src/static-export/export-content.js';
import { captureLogger } from '../content/capture-logger.js';
import { temporaryDirs } from '../fixtures/temporary-dirs.js';

const CONTENT = path.join(import.meta.dirname, '../fixtures/content/good');
const PAGE = '/releases/2004-10-13-american-locker-group-postal-contract-extension';
const scratch = temporaryDirs('pressroom-export-content-');

/** The directives of the location block that matches exactly `url`. */
function exactLocation(conf: string, url: string): string[] {
  const start = conf.indexOf(`location = ${url} {`);
  if (start === -1) throw new Error(`no location for ${url}`);
  return conf.slice(start, conf.indexOf('\n}', start)).split('\n').slice(1).map((line) => line.trim());
}

describe('exporting content', () => {
  it("writes each page's own policy into the nginx directives: its script's hash, and the origins that may frame it", { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const config = parseConfig({ CONTENT_DIR: CONTENT, FRAME_ANCESTORS: 'https://ir.example.com', HSTS_MAX_AGE: '600' });
    const exported = await exportContent(config, path.join(dir, 'site'), path.join(dir, 'site.conf'), captureLogger().logger);
    const conf = await readFile(path.join(dir, 'site.conf'), 'utf8');
    const page = exactLocation(conf, PAGE);
    const policy = exported.files.find((file) => file.url === PAGE)?.headers.find(([name]) => name === 'Content-Security-Policy')?.[1] ?? '';
    expect(policy).toMatch(/;frame-ancestors https:\/\/ir\.example\.com;script-src 'sha256-[\w+/]{43}='$/);
    expect(page).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    expect(page.join('\n')).not.toContain('X-Frame-Options');
    expect(exactLocation(conf, `${PAGE}/embed`).join('\n')).toContain("frame-ancestors https://ir.example.com\" always;");
    expect(conf).toContain('add_header Strict-Transport-Security "max-age=600; includeSubDomains" always;');
    expect(conf).toContain('add_header X-Frame-Options "DENY" always;');
  });
});
