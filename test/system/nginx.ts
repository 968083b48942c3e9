import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where nginx is looked for: NGINX if set, then the PATH, then where Debian puts it. */
export function findNginx(): string {
  const candidates = [process.env['NGINX'], ...(process.env['PATH'] ?? '').split(path.delimiter).map((dir) => path.join(dir, 'nginx')), '/usr/sbin/nginx'];
  const found = candidates.find((candidate) => candidate !== undefined && candidate !== '' && existsSync(candidate));
  if (found === undefined) throw new Error('nginx is not installed: apt-get install nginx-light (or set NGINX to its path)');
  return found;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

/**
 * Runs nginx in the foreground, unprivileged, on a free loopback port, with its own prefix,
 * temporary folders and pid file (removed when it stops), serving `root` with `include` in its
 * server block.
 */
export async function startNginx(root: string, include: string): Promise<RunningNginx> {
  const nginx = findNginx();
  const prefix = await mkdtemp(path.join(tmpdir(), 'pressroom-nginx-'));
  const port = await freePort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  await Promise.all(temp.map((name) => mkdir(path.join(prefix, name))));
  const config = [
    'daemon off;',
    'master_process off;',
    'worker_processes 1;',
    'error_log stderr warn;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    ...temp.map((name) => `  ${name}_temp_path ${path.join(prefix, name)};`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    include ${include};`,
    '  }',
    '}',
  ].join('\n');
  await writeFile(path.join(prefix, 'nginx.conf'), config);
  const tested = spawnSync(nginx, ['-t', '-p', prefix, '-e', 'stderr', '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (tested.status !== 0) throw new Error(`nginx refuses the configuration:\n${tested.stderr}`);
  const child = spawn(nginx, ['-p', prefix, '-e', 'stderr', '-c', path.join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  for (let attempt = 0; !(await accepts(port)); attempt++) {
    if (child.exitCode !== null || attempt > 200) throw new Error(`nginx did not start:\n${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}
