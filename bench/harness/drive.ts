import { spawn, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency percentiles, in milliseconds. */
  p50: number;
  p99: number;
}

export interface Drive {
  /** What generates the load, as the report should name it. */
  tool: string;
  run(url: string, options: { connections: number; seconds: number; headers: Record<string, string> }): Promise<LoadResult>;
}

/**
 * wrk where it is installed: written in C, it leaves most of the machine to the server. Else
 * autocannon, which runs in this process and shares the cores with the server, so its figures
 * are lower; the report says which one ran. An answer slower than wrk's usual 2 s counts in the
 * latency (up to 10 s) rather than failing the run: a server under a busy machine is slow, not broken.
 */
export function loadGenerator(): Drive {
  const installed = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  return installed.error === undefined ? wrk : autocannonDrive;
}

const wrk: Drive = {
  tool: 'wrk (1 thread)',
  run(url, { connections, seconds, headers }) {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', ...Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]), url];
    return new Promise((resolve, reject) => {
      const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('exit', (code) => {
        try {
          if (code !== 0) throw new Error(`wrk exited with ${code}:\n${output}`);
          resolve(parseWrk(output, url));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
  },
};

function parseWrk(output: string, url: string): LoadResult {
  const unexpected = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  if (unexpected) throw new Error(`${url}: ${unexpected[1] ?? '?'} responses were not 2xx or 3xx`);
  const errors = /Socket errors: (.*)/.exec(output);
  if (errors && /[1-9]/.test(errors[1] ?? '')) throw new Error(`${url}: socket errors (${errors[1] ?? ''})`);
  const rate = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const percentile = (p: string): number => {
    const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
    if (!match) throw new Error(`no ${p}th percentile in wrk's output:\n${output}`);
    return Number(match[1]) * ({ us: 0.001, ms: 1, s: 1000 }[match[2] as 'us' | 'ms' | 's']);
  };
  if (!rate) throw new Error(`no request rate in wrk's output:\n${output}`);
  return { requestsPerSecond: Number(rate[1]), p50: percentile('50'), p99: percentile('99') };
}

const autocannonDrive: Drive = {
  tool: 'autocannon (wrk is not installed; autocannon shares the cores with the server)',
  async run(url, { connections, seconds, headers }) {
    const result = await autocannon({ url, connections, duration: seconds, headers });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} responses not 2xx, ${result.errors} errors`);
    return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
  },
};

/**
 * A steady load well below what the server can answer: `rate` requests a second in all, spread
 * over the connections, from autocannon (wrk has no rate). The server then has time to spare
 * between requests, so a stall of its event loop shows as delay, not as the share of the cores
 * a saturating load tool leaves it.
 */
export async function steadyLoad(
  url: string,
  { rate, connections, seconds, headers }: { rate: number; connections: number; seconds: number; headers: Record<string, string> },
): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: seconds, headers, overallRate: rate });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} responses not 2xx, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}
