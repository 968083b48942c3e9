import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

const ROOT = path.join(import.meta.dirname, '..');

export interface BuiltServer {
  origin: string;
  process: ChildProcess;
}

/** Starts `dist/main.js` (build first) with `env`, its log going to `logFile`, and waits until it serves. */
export async function startBuilt(env: NodeJS.ProcessEnv, logFile: string): Promise<BuiltServer> {
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WATCH: '0', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  for (;;) {
    const text = await readFile(logFile, 'utf8');
    const match = /"url":"(http:\/\/[^"]+)\/"[^\n]*serving press releases/.exec(text);
    if (match?.[1] !== undefined) return { origin: match[1], process: child };
    if (child.exitCode !== null) throw new Error(`the server exited:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** wrk where installed; autocannon otherwise, which shares the cores with the server. */
export async function loadTool(): Promise<'wrk' | 'autocannon'> {
  const found = await promisify(execFile)('wrk', ['--version']).then(
    () => true,
    (error: unknown) => error instanceof Error && 'stdout' in error && String(error.stdout).includes('wrk'),
  );
  return found ? 'wrk' : 'autocannon';
}

/** Requests per second for `url`, brotli accepted, over `seconds` at `connections`. */
export async function requestsPerSecond(tool: 'wrk' | 'autocannon', url: string, connections: number, seconds: number): Promise<number> {
  if (tool === 'wrk') {
    const { stdout } = await promisify(execFile)('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '-H', 'Accept-Encoding: br', url]);
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
  }
  const result = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'br' } });
  return result.requests.average;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
