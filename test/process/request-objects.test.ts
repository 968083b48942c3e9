import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const MODULE = path.join(import.meta.dirname, '../../src/process/request-objects.ts');

/**
 * In a process of its own, with V8's natives to ask an object's layout: optionally sizes the
 * request objects first, then serves requests with a full collection after each, as a loading
 * site's heap does, and prints whether a later response keeps its fields in fast properties.
 */
const SCRIPT = `
import http from 'node:http';
import { sizeRequestObjects } from ${JSON.stringify(MODULE)};
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)');
if (process.argv.includes('sized')) await sizeRequestObjects();
let last;
const server = http.createServer((req, res) => { last = res; res.setHeader('Content-Type', 'text/plain'); res.end('ok'); });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const request = () => new Promise((resolve) => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => { res.resume(); res.once('end', resolve); });
});
for (let i = 0; i < 10; i++) {
  await request();
  last = undefined;
  globalThis.gc();
}
await request();
process.stdout.write(String(hasFastProperties(last)));
server.close();
`;

async function laterResponseIsFast(sized: boolean): Promise<boolean> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--allow-natives-syntax', '--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT, ...(sized ? ['sized'] : [])],
  );
  return stdout === 'true';
}

describe('sizeRequestObjects', () => {
  it('keeps responses in fast properties when the heap is collected between the first requests', async () => {
    expect(await laterResponseIsFast(true)).toBe(true);
  });

  it('guards against a real effect: without it, such responses fall back to dictionaries', async () => {
    expect(await laterResponseIsFast(false)).toBe(false);
  });
});
