import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const MAIN = path.join(import.meta.dirname, '../../src/main.ts');

export interface LogLine {
  level: number;
  msg: string;
  pid: number;
  [field: string]: unknown;
}

export interface SpawnedServer {
  child: ChildProcess;
  /** Every JSON log line written so far. */
  lines: LogLine[];
  /** Everything written to standard output and standard error, as text. */
  output(): string;
  /** Resolves with the first log line (already written or to come) that `match` accepts. */
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts Pressroom as `npm start` does, in a process of its own (TypeScript loaded by tsx, so no
 * build is needed), with JSON logs, the given settings, and `imports` loaded first.
 */
export function spawnServer(env: NodeJS.ProcessEnv, imports: string[] = []): SpawnedServer {
  const child = spawn(process.execPath, ['--import', 'tsx', ...imports.flatMap((file) => ['--import', file]), MAIN], {
    env: { ...process.env, LOG_FORMAT: 'json', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const waiters = new Set<(line: LogLine) => void>();
  let text = '';
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
    partial += chunk;
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const raw of complete) {
      if (!raw.startsWith('{')) continue;
      const line = JSON.parse(raw) as LogLine;
      lines.push(line);
      for (const waiter of waiters) waiter(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => { resolve({ code, signal }); });
  });
  return {
    child,
    lines,
    output: () => text,
    exited,
    waitForLine(match, timeoutMs = 30_000) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (line: LogLine): void => {
          if (!match(line)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          resolve(line);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no such log line within ${timeoutMs} ms; output so far:\n${text}`));
        }, timeoutMs);
        waiters.add(waiter);
        void exited.then(() => {
          if (!waiters.has(waiter)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          reject(new Error(`the server exited before logging such a line; output:\n${text}`));
        });
      });
    },
  };
}

/** The address the server logs once it is serving. */
export async function servingUrl(server: SpawnedServer): Promise<string> {
  const line = await server.waitForLine((candidate) => candidate.msg.startsWith('serving press releases at'));
  return String(line['url']);
}
